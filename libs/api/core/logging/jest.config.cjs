module.exports = {
  displayName: 'api-core-logging',
  preset: '../../../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../../coverage/libs/api/core/logging',
};
