import { initialMigration } from './001-initial.js';
import { identifiersAndLocksMigration } from './002-identifiers-locks.js';
import type { Migration } from './migration.js';

/** Every migration of the SQL store, in the order they apply. */
export const allMigrations: readonly Migration[] = [initialMigration, identifiersAndLocksMigration];
