export { createTestDatabase, queryAs, testAdminUrl, type TestDatabase } from './test-database';
export { linkIn, recipientOf, startSmtpSink, type SmtpSink, type SmtpSinkOptions } from './smtp-sink';
export { eventually, testConfig, testRedisUrl, uniqueQueuePrefix } from './test-services';
