export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
export const LIVENESS_FILE = Symbol('LIVENESS_FILE');
