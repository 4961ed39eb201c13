module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-tenancy-ui',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/tenancy/ui',
};
