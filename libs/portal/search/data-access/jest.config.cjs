module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-search-data-access',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/search/data-access',
};
