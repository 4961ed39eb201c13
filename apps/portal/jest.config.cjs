module.exports = {
  ...require('../../jest.preset.angular.js'),
  displayName: 'portal',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/portal',
};
