module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-tenancy-data-access',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/tenancy/data-access',
};
