import { initialMigration } from './001-initial.js';
import { identifiersAndLocksMigration } from './002-identifiers-locks.js';
import { runSafetyMigration } from './003-run-safety.js';
import { ledgerAndPlacementMigration } from './004-ledger-placement.js';
import { oktaInstantsMigration } from './005-okta-instants.js';
import { leanPeopleIndexesMigration } from './006-lean-people-indexes.js';
import type { Migration } from './migration.js';

/** Every migration of the SQL store, in the order they apply. */
export const allMigrations: readonly Migration[] = [
  initialMigration,
  identifiersAndLocksMigration,
  runSafetyMigration,
  ledgerAndPlacementMigration,
  oktaInstantsMigration,
  leanPeopleIndexesMigration,
];
