module.exports = {
  displayName: 'api-core-mail',
  preset: '../../../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../../coverage/libs/api/core/mail',
};
