import { parseOptions } from '../../config/parse-options.js';
import { sqlStoreOptionsSchema } from '../../config/sql-store-options.js';
import { type Clock, systemClock } from '../../ports/clock.js';
import type { SyncStore } from '../../ports/sync-store.js';
import { migrateSchema } from './migrate-schema.js';
import type { SqlClient } from './sql-client.js';
import type { SqlContext } from './sql-context.js';
import * as events from './sql-events.js';
import * as leases from './sql-leases.js';
import { matchPendingManagers } from './sql-pending-managers.js';
import * as people from './sql-people.js';
import * as runState from './sql-run-state.js';
import * as runs from './sql-runs.js';
import { savePeopleSql } from './sql-save-people.js';
import { type PeopleStatistics, peopleStatistics } from './sql-statistics.js';
import { sqlTables } from './sql-tables.js';
import * as teams from './sql-teams.js';
import { toStoreError } from './to-store-error.js';

/** Options of {@link createSqlStore}. */
export interface SqlStoreOptions {
  /**
   * PostgreSQL schema holding the store's tables, created by `migrate`;
   * `okta_sync` by default. Lowercase letters, digits and underscores.
   */
  schema?: string;
  /** Source of run start and finish times; the system clock by default. */
  clock?: Clock;
}

/** A `SyncStore` on PostgreSQL, with the migration that prepares it. */
export interface SqlStore extends SyncStore {
  /**
   * Creates or upgrades the store's schema. Safe to run on every start:
   * applied migrations are recorded and skipped.
   */
  migrate(): Promise<void>;
}

/**
 * A `SyncStore` on any PostgreSQL reached through `client`. Call
 * `migrate()` once before use. Driver failures reject with `StoreError`,
 * the driver's error as its cause. The client's lifecycle stays the
 * caller's.
 */
export function createSqlStore(client: SqlClient, options: SqlStoreOptions = {}): SqlStore {
  const settings = parseOptions(sqlStoreOptionsSchema, options);
  const context: SqlContext = {
    client,
    tables: sqlTables(settings.schema),
    clock: options.clock ?? systemClock,
  };

  return {
    migrate: () => guard('migrate its schema', () => migrateSchema(client, context.tables)),
    ...peopleMembers(context, peopleStatistics(client, context.tables)),
    ...teamAndRunMembers(context),
    ...runSafetyMembers(context),
  };
}

type PeopleMembers = Pick<
  SyncStore,
  | 'findPeopleByOktaIds'
  | 'findUnlinkedByEmails'
  | 'findPeopleByIdentifier'
  | 'savePeople'
  | 'markSeen'
  | 'addHostPerson'
  | 'listPeople'
  | 'listUnseen'
  | 'listUnresolvedManagers'
  | 'matchPendingManagers'
  | 'setManagers'
  | 'countPeople'
>;

function peopleMembers(context: SqlContext, statistics: PeopleStatistics): PeopleMembers {
  return {
    findPeopleByOktaIds: (tenantId, oktaIds) =>
      guard('find people by Okta id', () => people.findPeopleByOktaIds(context, tenantId, oktaIds)),
    findUnlinkedByEmails: (tenantId, emails) =>
      guard('find people by email', () => people.findUnlinkedByEmails(context, tenantId, emails)),
    findPeopleByIdentifier: (tenantId, identifier, values) =>
      guard('find people by identifier', () =>
        people.findPeopleByIdentifier(context, tenantId, identifier, values),
      ),
    savePeople: (tenantId, writes) =>
      guard('save people', async () => {
        await savePeopleSql(context, tenantId, writes);
        await statistics.noteWrites(writes.length);
      }),
    markSeen: (tenantId, ids, generation) =>
      guard('mark people seen', () => people.markSeen(context, tenantId, ids, generation)),
    addHostPerson: (tenantId, person) =>
      guard('add a host person', () => people.addHostPerson(context, tenantId, person)),
    listPeople: (tenantId, page) =>
      guard('list people', () => people.selectPeoplePage(context, tenantId, page)),
    listUnseen: (tenantId, generation, page) =>
      guard('list unseen people', () =>
        people.selectPeoplePage(context, tenantId, page, unseenFilter, [generation]),
      ),
    listUnresolvedManagers: (tenantId, page) =>
      guard('list unresolved managers', () =>
        people.selectPeoplePage(context, tenantId, page, unresolvedFilter),
      ),
    matchPendingManagers: (tenantId, match, page) =>
      guard('match pending managers', () => matchPendingManagers(context, tenantId, match, page)),
    setManagers: (tenantId, managers) =>
      guard('set managers', () => people.setManagers(context, tenantId, managers)),
    countPeople: (tenantId, status) =>
      guard('count people', () => people.countPeople(context, tenantId, status)),
  };
}

type RunSafetyMembers = Pick<
  SyncStore,
  | 'loadRunState'
  | 'saveCheckpoint'
  | 'saveWatermark'
  | 'acquireLease'
  | 'renewLease'
  | 'releaseLease'
  | 'hasEvent'
  | 'recordEvent'
  | 'pruneEvents'
>;

function runSafetyMembers(context: SqlContext): RunSafetyMembers {
  return {
    loadRunState: (tenantId) =>
      guard('read the run state', () => runState.loadRunState(context, tenantId)),
    saveCheckpoint: (tenantId, checkpoint) =>
      guard('save a checkpoint', () => runState.saveCheckpoint(context, tenantId, checkpoint)),
    saveWatermark: (tenantId, watermark) =>
      guard('save the watermark', () => runState.saveWatermark(context, tenantId, watermark)),
    acquireLease: (tenantId, holder, ttlMs) =>
      guard('take the run lease', () => leases.acquireLease(context, tenantId, holder, ttlMs)),
    renewLease: (tenantId, holder, ttlMs) =>
      guard('renew the run lease', () => leases.renewLease(context, tenantId, holder, ttlMs)),
    releaseLease: (tenantId, holder) =>
      guard('release the run lease', () => leases.releaseLease(context, tenantId, holder)),
    hasEvent: (tenantId, eventId) =>
      guard('read the event ledger', () => events.hasEvent(context, tenantId, eventId)),
    recordEvent: (tenantId, eventId) =>
      guard('record an event', () => events.recordEvent(context, tenantId, eventId)),
    pruneEvents: (olderThan) =>
      guard('prune the event ledger', () => events.pruneEvents(context, olderThan)),
  };
}

function teamAndRunMembers(
  context: SqlContext,
): Omit<SyncStore, keyof PeopleMembers | keyof RunSafetyMembers> {
  return {
    ensureTeams: (tenantId, names) =>
      guard('create teams', () => teams.ensureTeams(context, tenantId, names)),
    listTeams: (tenantId) => guard('list teams', () => teams.listTeams(context, tenantId)),
    setTeamManager: (tenantId, name, managerOktaId) =>
      guard('set a team manager', () =>
        teams.setTeamManager(context, tenantId, name, managerOktaId),
      ),
    setDerivedTeamManager: (tenantId, name, managerOktaId, fromOktaId) =>
      guard('set a team manager', () =>
        teams.setDerivedTeamManager(context, tenantId, name, managerOktaId, fromOktaId),
      ),
    startRun: (tenantId) => guard('start a run', () => runs.startRun(context, tenantId)),
    finishRun: (tenantId, report) =>
      guard('finish a run', () => runs.finishRun(context, tenantId, report)),
    lastReport: (tenantId) =>
      guard('read the last report', () => runs.lastReport(context, tenantId)),
    listTenantSyncs: (page) =>
      guard('list tenant syncs', () => runs.listTenantSyncs(context, page)),
  };
}

const unseenFilter = `okta_id IS NOT NULL AND status <> 'deactivated'
  AND seen_generation < $2::integer`;

const unresolvedFilter = 'manager_ref IS NOT NULL AND manager_okta_id IS NULL';

/** Runs one store operation, turning any failure into a `StoreError`. */
async function guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStoreError(operation, error);
  }
}
