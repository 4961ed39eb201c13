// Checks the Docker set-up without a Docker engine: the compose files against the Compose
// Specification schema and the product's rules, the nginx template with `nginx -t` and a real
// nginx, the PostgreSQL init script against a real PostgreSQL, and the container health probe.
module.exports = {
  displayName: 'docker',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60_000,
  coverageDirectory: '../coverage/docker',
};
