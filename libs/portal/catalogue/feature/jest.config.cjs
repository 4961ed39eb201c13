module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-catalogue-feature',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/catalogue/feature',
};
