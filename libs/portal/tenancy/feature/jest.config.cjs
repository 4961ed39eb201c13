module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-tenancy-feature',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/tenancy/feature',
};
