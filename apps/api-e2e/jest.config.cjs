// Integration tests: real PostgreSQL and Redis (URLs from `npm test` / .ci/run), each file with
// its own database and queue prefix, so files run in parallel.
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  testTimeout: 30_000,
  maxWorkers: 2,
  // The meilisearch client ships ESM only; the Meilisearch run of search.int-spec.ts loads it.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|meilisearch)/)'],
};
