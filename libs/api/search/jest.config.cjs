module.exports = {
  displayName: 'api-search',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // The meilisearch client ships ESM only: let SWC compile it like content-disposition (preset).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|meilisearch)/)'],
  coverageDirectory: '../../../coverage/libs/api/search',
};
