module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-regions-ui',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/regions/ui',
};
