module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-catalogue-public',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/catalogue/public',
};
