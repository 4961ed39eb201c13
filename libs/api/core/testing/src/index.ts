export { createTestDatabase, queryAs, testAdminUrl, type TestDatabase } from './test-database';
export { eventually, testConfig, testRedisUrl, uniqueQueuePrefix } from './test-services';
