module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-search-feature',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/search/feature',
};
