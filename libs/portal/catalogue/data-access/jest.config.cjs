module.exports = {
  ...require('../../../../jest.preset.angular.js'),
  displayName: 'portal-catalogue-data-access',
  rootDir: '.',
  coverageDirectory: '../../../../coverage/libs/portal/catalogue/data-access',
};
