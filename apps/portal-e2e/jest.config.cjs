// Browser test of the production build: serves dist/apps/portal/browser with the portal server
// in-process on a free port and drives Debian's Chromium through playwright-core.
module.exports = {
  displayName: 'portal-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    // tools/portal-server/server.mjs is plain ESM; SWC hands it to Jest as CommonJS.
    '^.+\\.mjs$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
