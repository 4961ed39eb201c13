import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration in order. Listed explicitly so the bundled api finds them without globbing. */
export const migrations = [Foundation1763900000000];
