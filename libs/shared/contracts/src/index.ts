export * from './errors';
export * from './health';
export * from './language';
export * from './csp-report';
export * from './regions';
export * from './validation-messages';
export * from './tenancy';
export * from './catalogue';
