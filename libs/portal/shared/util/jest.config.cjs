module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-shared-util',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/shared/util',
};
