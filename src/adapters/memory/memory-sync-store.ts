import { randomUUID } from 'node:crypto';
import { memoryStoreOptionsSchema } from '../../config/memory-adapter-options.js';
import { parseOptions } from '../../config/parse-options.js';
import type { SyncReport } from '../../engine/sync-report.js';
import { StoreError } from '../../errors/store-error.js';
import type { PersonStatus } from '../../mapping/directory-person.js';
import type { ManagerMatch } from '../../mapping/mapper-policy.js';
import { type Clock, systemClock } from '../../ports/clock.js';
import type { PageRequest, TenantPageRequest } from '../../ports/page-request.js';
import type { PendingManager } from '../../ports/pending-manager.js';
import type { RunCheckpoint, RunRecord, RunState, TenantSync } from '../../ports/run-state.js';
import type { PersonIdentifier, PersonWrite, StoredPerson } from '../../ports/stored-person.js';
import type { StoredTeam } from '../../ports/stored-team.js';
import type { SyncStore } from '../../ports/sync-store.js';
import { type HostPersonInput, hostPersonFields } from '../host-person.js';
import { copyPerson } from './copy-person.js';
import * as leases from './memory-lease.js';
import { pagePeople } from './memory-page.js';
import { matchPendingWith } from './memory-pending-managers.js';
import { lastFullSyncAt, latestFinished } from './memory-runs.js';
import { identityFields, savePeopleInMemory } from './memory-save-people.js';
import { createMemoryTenant, type MemoryTenant } from './memory-tenant.js';
import { formatPersonId } from './person-id.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Source of run start times; the system clock by default. */
  clock?: Clock;
}

/**
 * A `SyncStore` held in memory, for tests, demos and trials. Everything is
 * lost with the process. Results are copies, so callers may mutate them.
 *
 * `addHostPerson` ignores an `id` in its input: ids are assigned by the
 * store. `finishRun` rejects a report whose run was never started.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): SyncStore {
  parseOptions(memoryStoreOptionsSchema, options);

  return new MemorySyncStore(options.clock ?? systemClock);
}

class MemorySyncStore implements SyncStore {
  readonly #clock: Clock;
  readonly #tenants = new Map<string, MemoryTenant>();
  #sequence = 0;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  async findPeopleByOktaIds(tenantId: string, oktaIds: readonly string[]): Promise<StoredPerson[]> {
    const { people } = this.#tenant(tenantId);
    const found: StoredPerson[] = [];

    // One pass, no intermediate arrays: a sync asks this for every page.
    for (const oktaId of new Set(oktaIds)) {
      const person = people.getByOktaId(oktaId);
      if (person) found.push(copyPerson(person));
    }

    return found;
  }

  async findUnlinkedByEmails(tenantId: string, emails: readonly string[]): Promise<StoredPerson[]> {
    const { people } = this.#tenant(tenantId);
    const found = new Map<string, StoredPerson>();

    for (const email of new Set(emails.map((value) => value.toLowerCase()))) {
      for (const person of people.byEmail(email)) {
        if (person.oktaId === null) found.set(person.id, person);
      }
    }

    return [...found.values()].sort((a, b) => compareText(a.id, b.id)).map(copyPerson);
  }

  async savePeople(tenantId: string, people: readonly PersonWrite[]): Promise<void> {
    const tenant = this.#tenant(tenantId);

    savePeopleInMemory(tenant.people, people, () => this.#newId());
  }

  async markSeen(tenantId: string, ids: readonly string[], generation: number): Promise<void> {
    const { people } = this.#tenant(tenantId);

    for (const id of ids) {
      const stored = people.get(id);

      if (stored !== undefined && stored.seenGeneration < generation) {
        people.put({ ...stored, seenGeneration: generation });
      }
    }
  }

  async addHostPerson(tenantId: string, person: HostPersonInput): Promise<StoredPerson> {
    const { people } = this.#tenant(tenantId);
    const fields = hostPersonFields(person);
    const stored = { id: this.#newId(), ...fields, ...identityFields(fields) };

    if (stored.oktaId !== null && people.getByOktaId(stored.oktaId)) {
      throw new StoreError(`Cannot add person: Okta id "${stored.oktaId}" is taken`);
    }

    people.put(stored);

    return copyPerson(stored);
  }

  async findPeopleByIdentifier(
    tenantId: string,
    identifier: PersonIdentifier,
    values: readonly string[],
  ): Promise<StoredPerson[]> {
    const { people } = this.#tenant(tenantId);
    const fold = (value: string) => (identifier === 'employeeNumber' ? value : value.toLowerCase());
    const found = new Map<string, StoredPerson>();

    for (const value of new Set(values.map(fold))) {
      for (const person of people.byIdentifier(identifier, value)) {
        if (person.oktaId !== null) found.set(person.id, person);
      }
    }

    return [...found.values()].sort((a, b) => compareText(a.id, b.id)).map(copyPerson);
  }

  async listPeople(tenantId: string, page: PageRequest): Promise<StoredPerson[]> {
    return pagePeople(this.#peopleAfter(tenantId, page), page, () => true);
  }

  async listUnseen(
    tenantId: string,
    generation: number,
    page: PageRequest,
  ): Promise<StoredPerson[]> {
    const unseen = (person: StoredPerson) =>
      person.oktaId !== null &&
      person.status !== 'deactivated' &&
      person.seenGeneration < generation;

    return pagePeople(this.#peopleAfter(tenantId, page), page, unseen);
  }

  async listUnresolvedManagers(tenantId: string, page: PageRequest): Promise<StoredPerson[]> {
    const pending = this.#tenant(tenantId).people.unresolvedAfter(page.after);

    return pagePeople(pending, page, () => true);
  }

  matchPendingManagers(
    tenantId: string,
    match: readonly ManagerMatch[],
    page: PageRequest,
  ): Promise<PendingManager[]> {
    return matchPendingWith(this, tenantId, match, page);
  }

  async setManagers(tenantId: string, managers: ReadonlyMap<string, string>): Promise<void> {
    const { people } = this.#tenant(tenantId);

    for (const [id, managerOktaId] of managers) {
      const person = people.get(id);
      if (person) people.put({ ...person, managerOktaId });
    }
  }

  async countPeople(tenantId: string, status: PersonStatus): Promise<number> {
    let count = 0;
    for (const person of this.#tenant(tenantId).people.values()) {
      if (person.status === status) count += 1;
    }

    return count;
  }

  async ensureTeams(tenantId: string, names: readonly string[]): Promise<void> {
    const { teams } = this.#tenant(tenantId);

    for (const name of names) {
      if (!teams.has(name)) teams.set(name, { name, managerOktaId: null });
    }
  }

  async listTeams(tenantId: string): Promise<StoredTeam[]> {
    const teams = [...this.#tenant(tenantId).teams.values()];

    return teams.sort((a, b) => compareText(a.name, b.name)).map((team) => ({ ...team }));
  }

  async setTeamManager(
    tenantId: string,
    name: string,
    managerOktaId: string | null,
  ): Promise<void> {
    this.#tenant(tenantId).teams.set(name, { name, managerOktaId });
  }

  async setDerivedTeamManager(
    tenantId: string,
    name: string,
    managerOktaId: string | null,
    fromOktaId: string | null,
  ): Promise<void> {
    const team = {
      name,
      managerOktaId,
      ...(fromOktaId === null ? {} : { managerFrom: fromOktaId }),
    };

    this.#tenant(tenantId).teams.set(name, team);
  }

  async startRun(tenantId: string): Promise<RunRecord> {
    const tenant = this.#tenant(tenantId);
    const generation = tenant.lastGeneration + 1;
    const runId = randomUUID();

    tenant.lastGeneration = generation;
    tenant.runs.set(runId, { generation, report: null });

    return { runId, generation, startedAt: this.#clock.now() };
  }

  async finishRun(tenantId: string, report: SyncReport): Promise<void> {
    const run = this.#tenant(tenantId).runs.get(report.runId);
    if (!run) {
      throw new StoreError(`Cannot finish run "${report.runId}": it was never started`);
    }

    run.report = structuredClone(report);
  }

  async lastReport(tenantId: string): Promise<SyncReport | null> {
    const latest = latestFinished(this.#tenant(tenantId).runs.values());

    return latest ? structuredClone(latest) : null;
  }

  async loadRunState(tenantId: string): Promise<RunState> {
    return structuredClone(this.#tenant(tenantId).runState);
  }

  async saveCheckpoint(tenantId: string, checkpoint: RunCheckpoint | null): Promise<void> {
    this.#tenant(tenantId).runState.checkpoint = structuredClone(checkpoint);
  }

  async saveWatermark(tenantId: string, watermark: string): Promise<void> {
    this.#tenant(tenantId).runState.watermark = watermark;
  }

  async listTenantSyncs(page: TenantPageRequest): Promise<TenantSync[]> {
    const tenantIds = [...this.#tenants.keys()].sort(compareText);
    const after = (tenantId: string) => page.after === undefined || tenantId > page.after;
    const ran = tenantIds.filter((id) => after(id) && this.#tenant(id).runs.size > 0);

    return ran.slice(0, Math.max(page.limit, 0)).map((tenantId) => ({
      tenantId,
      lastFullSyncAt: lastFullSyncAt(this.#tenant(tenantId).runs.values()),
    }));
  }

  async acquireLease(tenantId: string, holder: string, ttlMs: number): Promise<boolean> {
    return leases.acquireLease(this.#tenant(tenantId), holder, ttlMs, this.#nowMs());
  }

  async renewLease(tenantId: string, holder: string, ttlMs: number): Promise<boolean> {
    return leases.renewLease(this.#tenant(tenantId), holder, ttlMs, this.#nowMs());
  }

  async releaseLease(tenantId: string, holder: string): Promise<void> {
    leases.releaseLease(this.#tenant(tenantId), holder);
  }

  async hasEvent(tenantId: string, eventId: string): Promise<boolean> {
    return this.#tenant(tenantId).events.has(eventId);
  }

  async recordEvent(tenantId: string, eventId: string): Promise<boolean> {
    const { events } = this.#tenant(tenantId);
    if (events.has(eventId)) return false;

    events.set(eventId, this.#nowMs());

    return true;
  }

  async pruneEvents(olderThan: Date): Promise<number> {
    let pruned = 0;
    for (const { events } of this.#tenants.values()) {
      for (const [eventId, recordedAtMs] of events) {
        if (recordedAtMs < olderThan.getTime() && events.delete(eventId)) pruned += 1;
      }
    }

    return pruned;
  }

  #nowMs(): number {
    return this.#clock.now().getTime();
  }

  #peopleAfter(tenantId: string, page: PageRequest): Iterable<StoredPerson> {
    return this.#tenant(tenantId).people.after(page.after);
  }

  #tenant(tenantId: string): MemoryTenant {
    let tenant = this.#tenants.get(tenantId);
    if (!tenant) {
      tenant = createMemoryTenant();
      this.#tenants.set(tenantId, tenant);
    }

    return tenant;
  }

  #newId(): string {
    this.#sequence += 1;

    return formatPersonId(this.#sequence);
  }
}

/** Orders strings by UTF-16 code unit, as PostgreSQL's "C" collation does for ASCII. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
