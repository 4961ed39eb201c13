import { Foundation1763900000000 } from './1763900000000-foundation';
import { Regions1764000000000 } from './1764000000000-regions';

/** Every migration in order. Listed explicitly so the bundled api finds them without globbing. */
export const migrations = [Foundation1763900000000, Regions1764000000000];
