// Angular unit tests: jest-preset-angular compiles components (templates inlined) and runs them
// zoneless in jsdom, like the application does in the browser. Each portal project sets
// displayName, rootDir and coverageDirectory and has its own src/test-setup.ts.
const angular = require('jest-preset-angular/presets').createCjsPreset();

module.exports = {
  ...angular,
  testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
  resolver: '@nx/jest/plugins/resolver',
};
