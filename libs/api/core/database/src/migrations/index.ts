import { Foundation1763900000000 } from './1763900000000-foundation';
import { Regions1764000000000 } from './1764000000000-regions';
import { MailOutbox1764100000000 } from './1764100000000-mail-outbox';
import { Tenancy1764200000000 } from './1764200000000-tenancy';
import { Catalogue1764300000000 } from './1764300000000-catalogue';
import { Search1764400000000 } from './1764400000000-search';
import { OrganisationSearch1764500000000 } from './1764500000000-organisation-search';
import { SearchSessionIndex1764600000000 } from './1764600000000-search-session-index';
import { SearchSessionMatch1764700000000 } from './1764700000000-search-session-match';
import { SearchMemoryEngine1764800000000 } from './1764800000000-search-memory-engine';

/** Every migration in order. Listed explicitly so the bundled api finds them without globbing. */
export const migrations = [Foundation1763900000000, Regions1764000000000, MailOutbox1764100000000, Tenancy1764200000000, Catalogue1764300000000, Search1764400000000, OrganisationSearch1764500000000, SearchSessionIndex1764600000000, SearchSessionMatch1764700000000, SearchMemoryEngine1764800000000];
