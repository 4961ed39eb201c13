// Angular unit tests: jest-preset-angular compiles components (templates inlined) and runs them
// zoneless in jsdom, like the application does in the browser.
module.exports = {
  displayName: 'portal-regions-ui',
  preset: 'jest-preset-angular',
  testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
  resolver: '@nx/jest/plugins/resolver',
  coverageDirectory: '../../../../coverage/libs/portal/regions/ui',
};
