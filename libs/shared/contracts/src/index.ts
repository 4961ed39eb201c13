export * from './errors';
export * from './health';
export * from './language';
export * from './csp-report';
