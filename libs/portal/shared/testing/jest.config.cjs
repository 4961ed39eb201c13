module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-shared-testing',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/shared/testing',
};
