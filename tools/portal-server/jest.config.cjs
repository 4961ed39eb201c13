// The server is plain ESM; SWC turns server.mjs into CommonJS for Jest like the TypeScript specs.
module.exports = {
  displayName: 'portal-server',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.mjs$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 20_000,
  coverageDirectory: '../../coverage/tools/portal-server',
};
