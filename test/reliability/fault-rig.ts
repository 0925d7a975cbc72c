import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import {
  createSyncEngine,
  type FullSyncOptions,
  type SyncEngine,
} from '../../src/engine/sync-engine.js';
import type { SyncReport } from '../../src/engine/sync-report.js';
import type { PersonStatus } from '../../src/mapping/directory-person.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import type { Clock } from '../../src/ports/clock.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createVirtualTimer, type VirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { type FrontServer, serveFront } from './front-server.js';

/** Where the org's clock starts; every user was last updated a day before. */
export const ORG_START = '2026-12-04T00:00:00.000Z';
const LAST_UPDATED = '2026-12-03T00:00:00.000Z';

/** The Okta id of person `n`. */
export function idOf(n: number): string {
  return `00ufault${String(n).padStart(12, '0')}`;
}

/** Okta user number `n`, ACTIVE unless told otherwise. */
export function person(n: number, overrides: Partial<OktaUser> = {}): OktaUser {
  return {
    id: idOf(n),
    status: 'ACTIVE',
    lastUpdated: LAST_UPDATED,
    created: '2025-01-01T00:00:00.000Z',
    ...overrides,
    profile: {
      login: `person.${n}@example.com`,
      email: `person.${n}@example.com`,
      firstName: 'Person',
      lastName: `Number ${n}`,
      department: `Team ${n % 3}`,
      title: 'Engineer',
      ...overrides.profile,
    },
  };
}

/** People 1 to `count`. */
export function people(count: number): OktaUser[] {
  return Array.from({ length: count }, (_, index) => person(index + 1));
}

/** Options of {@link startRig}. */
export interface RigOptions {
  users?: readonly OktaUser[];
  /** The store, or how to open it on the host's clock; a memory store by default. */
  store?: SyncStore | ((hostClock: Clock) => SyncStore);
  tenantId?: string;
  /** The host's clock (engine and store); the org's clock by default. */
  hostClock?: Clock;
  directory?: Partial<OktaDirectoryOptions>;
  /** Wraps the directory the engine reads through. */
  wrap?: (directory: OktaDirectory) => OktaDirectory;
  token?: string;
}

/** A fake org over real HTTP, a directory on it, a store and an engine. */
export interface Rig {
  org: FakeOrg;
  timer: VirtualTimer;
  front: FrontServer;
  directory: OktaDirectory;
  store: SyncStore;
  engine: SyncEngine;
  tenantId: string;
  sync(options?: Omit<FullSyncOptions, 'tenantId'>): Promise<SyncReport>;
  /** One line per way the store differs from the org; empty when in step. */
  mismatches(): Promise<string[]>;
}

/**
 * Starts a rig: the org and the directory share a virtual timer, the
 * directory has its own rate budget and lists 2 users a page.
 */
export async function startRig(options: RigOptions = {}): Promise<Rig> {
  const timer = createVirtualTimer(ORG_START);
  const users = options.users ?? people(10);
  const org = createFakeOrg({ users, clock: timer, token: options.token ?? 'rig-token' });
  const front = await serveFront(org);
  const hostClock = options.hostClock ?? timer;
  const store = openStore(options.store, hostClock);
  const tenantId = options.tenantId ?? 'acme';
  const okta = directoryOn(front.url, org.token, timer, options.directory);
  const directory = options.wrap ? options.wrap(okta) : okta;
  const engine = createSyncEngine({ store, directory, clock: hostClock });

  return {
    org,
    timer,
    front,
    directory,
    store,
    engine,
    tenantId,
    sync: (run = {}) => engine.fullSync({ tenantId, ...run }),
    mismatches: () => storeMismatches(store, tenantId, org),
  };
}

function openStore(store: RigOptions['store'], hostClock: Clock): SyncStore {
  if (store === undefined) {
    return createMemoryStore({ clock: hostClock });
  }

  return typeof store === 'function' ? store(hostClock) : store;
}

/** A directory on a rig's front, 2 users a page, on the virtual timer. */
export function directoryOn(
  url: string,
  token: string,
  timer: VirtualTimer,
  overrides: Partial<OktaDirectoryOptions> = {},
): OktaDirectory {
  return createOktaDirectory({
    orgUrl: url,
    token,
    allowHttp: true,
    pageSize: 2,
    rateBudgets: new RateBudgetRegistry(),
    rateLimitPatienceMs: 10 * 60_000,
    timer,
    ...overrides,
  });
}

const expectedStatus: Record<string, PersonStatus> = {
  ACTIVE: 'active',
  LOCKED_OUT: 'active',
  STAGED: 'pending',
  SUSPENDED: 'suspended',
};

/**
 * Compares a tenant's store with the org: everybody Okta lists is stored
 * once, with Okta's status and title; everybody else is deactivated or was
 * never stored.
 */
export async function storeMismatches(
  store: SyncStore,
  tenantId: string,
  org: FakeOrg,
): Promise<string[]> {
  const stored = (await exportTenant(store, tenantId)).people;
  const problems: string[] = [];
  const byOktaId = new Map(stored.map((row) => [row.oktaId, row]));

  if (byOktaId.size !== stored.length) {
    problems.push(`${stored.length - byOktaId.size} people are stored twice`);
  }

  for (const user of org.users.values()) {
    problems.push(...compareUser(user, byOktaId.get(user.id)));
  }

  for (const row of stored) {
    if (row.oktaId !== null && !org.users.has(row.oktaId) && row.status !== 'deactivated') {
      problems.push(`${row.oktaId} left Okta but is ${row.status}`);
    }
  }

  return problems;
}

type Exported = Awaited<ReturnType<typeof exportTenant>>['people'][number];

function compareUser(user: OktaUser, row: Exported | undefined): string[] {
  if (user.status === 'DEPROVISIONED') {
    const fine = row === undefined || row.status === 'deactivated';

    return fine ? [] : [`${user.id} is DEPROVISIONED but ${row.status}`];
  }

  if (row === undefined) {
    return [`${user.id} is lost`];
  }

  const status = expectedStatus[user.status];
  const title = user.profile.title ?? null;
  const problems = [];

  if (row.status !== status) problems.push(`${user.id} is ${row.status}, not ${status}`);
  if (row.jobTitle !== title) problems.push(`${user.id} has title ${row.jobTitle}, not ${title}`);

  return problems;
}

/** The Okta ids a tenant's store holds deactivated. */
export async function deactivatedIds(store: SyncStore, tenantId: string): Promise<string[]> {
  const stored = (await exportTenant(store, tenantId)).people;

  return stored
    .filter((row) => row.status === 'deactivated')
    .map((row) => row.oktaId ?? '')
    .sort();
}

/**
 * Changes the org the way a week does: person 2 gets a new title, person
 * 3 is deactivated, person 4 is deleted and person 11 joins.
 */
export function changeOrg(org: FakeOrg): void {
  org.updateUser(idOf(2), { profile: { title: 'Lead Engineer' } });
  org.updateUser(idOf(3), { status: 'DEPROVISIONED' });
  org.removeUser(idOf(4));
  org.addUser(person(11, { lastUpdated: ORG_START }));
}
