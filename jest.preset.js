// Shared Jest settings for server-side projects: SWC keeps decorator metadata so Nest DI works
// in tests exactly as in the webpack build.
const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swcConfig] },
  // content-disposition 3 (via @fastify/static, used by the OpenAPI UI) ships ESM only.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  resolver: '@nx/jest/plugins/resolver',
  coverageReporters: ['text-summary', 'html'],
  setupFiles: ['reflect-metadata'],
};
