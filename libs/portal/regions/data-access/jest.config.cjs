module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-regions-data-access',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/regions/data-access',
};
