module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-shared-ui',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/shared/ui',
};
