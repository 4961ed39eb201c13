module.exports = {
  displayName: 'api-core-testing',
  preset: '../../../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../../../../coverage/libs/api/core/testing',
};
