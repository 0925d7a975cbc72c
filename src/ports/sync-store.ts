import type { SyncReport } from '../engine/sync-report.js';
import type { PersonStatus } from '../mapping/directory-person.js';
import type { ManagerMatch } from '../mapping/mapper-policy.js';
import type { PageRequest, TenantPageRequest } from './page-request.js';
import type { PendingManager } from './pending-manager.js';
import type { RunCheckpoint, RunRecord, RunState, TenantSync } from './run-state.js';
import type { PersonIdentifier, PersonWrite, StoredPerson } from './stored-person.js';
import type { StoredTeam } from './stored-team.js';

/**
 * Persistence for people, teams and runs. Supplied by the host; the package
 * ships an in-memory and a PostgreSQL/PGlite implementation.
 *
 * Every member but `listTenantSyncs` and `pruneEvents` is scoped by
 * `tenantId`: no call ever sees another tenant's rows. Lists of people are
 * ordered by person id, ascending, so keyset paging is stable. Calls for
 * one tenant may overlap (a full sync and an event's person sync); the
 * write rules of `savePeople` and the run lease keep that safe. Calls for
 * different tenants may overlap. The store's lifecycle (connections,
 * pools) belongs to whoever constructed it.
 *
 * Time (run starts, lease expiry, ledger retention) is read from the
 * store's clock, so workers sharing a store should keep their clocks in
 * step (NTP); leases are meant to last minutes, far above clock skew.
 *
 * Out of scope: any deletion of people (leavers are deactivated), and
 * queueing work (see `SyncQueue`).
 */
export interface SyncStore {
  /**
   * People holding any of the given Okta ids. Unknown ids are left out;
   * an empty array when none match. Order is unspecified.
   */
  findPeopleByOktaIds(tenantId: string, oktaIds: readonly string[]): Promise<StoredPerson[]>;

  /**
   * Host people not yet linked to Okta whose email matches one of the given
   * emails, compared case-insensitively. An empty array when none match.
   */
  findUnlinkedByEmails(tenantId: string, emails: readonly string[]): Promise<StoredPerson[]>;

  /**
   * Writes people in one batch, atomically where the backend allows.
   * Idempotent: writing the same batch twice leaves the same rows. Rejects
   * with `StoreError` when the batch cannot be written.
   *
   * Two rules hold at write time, whatever the order writes arrive in:
   * - an older Okta read never overwrites a newer one: a write whose
   *   `oktaUpdatedAt` is earlier than the stored row's keeps every stored
   *   field (a null on either side, or an equal instant, lets it through);
   * - `seenGeneration` never decreases: a write with a lower generation
   *   keeps the stored one, even when its other fields apply.
   *
   * So a full sync that read a person before an event applied newer state
   * cannot undo it, yet still marks the person as seen by its run.
   * `oktaUpdatedAt` is an ISO 8601 instant (Okta's `lastUpdated`) or null.
   */
  savePeople(tenantId: string, people: readonly PersonWrite[]): Promise<void>;

  /**
   * Optional. Stamps the people with these ids as seen in `generation`
   * and changes nothing else: what a full sync writes for a person Okta
   * returned exactly as stored, which on a daily resync is nearly
   * everyone. `seenGeneration` never decreases (a lower generation keeps
   * the stored one); unknown ids are ignored. Without it the engine writes
   * those people through `savePeople`, to the same effect, at the cost of
   * writing every column.
   */
  markSeen?(tenantId: string, ids: readonly string[], generation: number): Promise<void>;

  /**
   * Adds a host person who is not (yet) in Okta, such as one created by the
   * host before Okta was connected. Resolves to the stored person.
   */
  addHostPerson(
    tenantId: string,
    person: Pick<StoredPerson, 'email' | 'fullName'> & Partial<StoredPerson>,
  ): Promise<StoredPerson>;

  /**
   * Linked people (with an Okta id, any status) whose `identifier` equals
   * one of `values`: `login` and `email` compared ignoring case,
   * `employeeNumber` exactly. Ordered by id; an empty array when none.
   */
  findPeopleByIdentifier(
    tenantId: string,
    identifier: PersonIdentifier,
    values: readonly string[],
  ): Promise<StoredPerson[]>;

  /** A page of every person of the tenant, ordered by id. */
  listPeople(tenantId: string, page: PageRequest): Promise<StoredPerson[]>;

  /**
   * A page of linked people, not deactivated, last seen before
   * `generation`: the candidates of a full sync's sweep.
   */
  listUnseen(tenantId: string, generation: number, page: PageRequest): Promise<StoredPerson[]>;

  /**
   * A page of people with a manager reference but no resolved manager.
   */
  listUnresolvedManagers(tenantId: string, page: PageRequest): Promise<StoredPerson[]>;

  /**
   * Optional: lets the manager pass match references inside the store, in
   * one read per page, instead of reading whole rows and matching them in
   * the process. Stores without it get the same results, more slowly.
   *
   * A page of the people `listUnresolvedManagers` returns (same filter,
   * order and paging), each with the people their reference matches:
   * trying the kinds of `match` in order, the matches of the first kind
   * that finds anyone. `oktaId` matches the Okta id exactly; the others
   * as `findPeopleByIdentifier` does (linked people, any status; login
   * and email ignoring case). Matches are ordered by person id. An empty
   * array past the last page. Reads only; writes nothing.
   */
  matchPendingManagers?(
    tenantId: string,
    match: readonly ManagerMatch[],
    page: PageRequest,
  ): Promise<PendingManager[]>;

  /** Sets people's resolved manager; keys are person ids. Idempotent. */
  setManagers(tenantId: string, managers: ReadonlyMap<string, string>): Promise<void>;

  /** How many people have the given status; 0 for an unknown tenant. */
  countPeople(tenantId: string, status: PersonStatus): Promise<number>;

  /** Creates teams that do not exist yet; existing teams are untouched. */
  ensureTeams(tenantId: string, names: readonly string[]): Promise<void>;

  /** Every team of the tenant, ordered by name; empty when none. */
  listTeams(tenantId: string): Promise<StoredTeam[]>;

  /**
   * Sets (or clears, with null) a team's default manager, as an admin:
   * creates the team when missing and drops any `managerFrom`.
   */
  setTeamManager(tenantId: string, name: string, managerOktaId: string | null): Promise<void>;

  /**
   * Sets a team's manager as the team manager strategy chose it, taken
   * from the member `fromOktaId` (both null to clear). Creates the team
   * when missing. Idempotent.
   */
  setDerivedTeamManager(
    tenantId: string,
    name: string,
    managerOktaId: string | null,
    fromOktaId: string | null,
  ): Promise<void>;

  /**
   * Records the start of a run and returns its generation, one more than
   * the tenant's previous run.
   */
  startRun(tenantId: string): Promise<RunRecord>;

  /** Stores a finished run's report; the latest is kept per tenant. */
  finishRun(tenantId: string, report: SyncReport): Promise<void>;

  /** The latest finished run's report, or null before the first run. */
  lastReport(tenantId: string): Promise<SyncReport | null>;

  /**
   * A page of every tenant that ever started a run, ordered by tenant id
   * (code unit order), with when it was last fully synced. The one member
   * that is not scoped by tenant: schedulers use it to find due tenants.
   * An empty array past the last tenant.
   */
  listTenantSyncs(page: TenantPageRequest): Promise<TenantSync[]>;

  /**
   * The tenant's run state; `{ checkpoint: null, watermark: null }` for a
   * tenant the store has none for. Results are copies.
   */
  loadRunState(tenantId: string): Promise<RunState>;

  /**
   * Replaces the tenant's checkpoint, or clears it with null; the
   * watermark is untouched. Idempotent. Written by the run holding the
   * tenant's lease, after every page it applied.
   */
  saveCheckpoint(tenantId: string, checkpoint: RunCheckpoint | null): Promise<void>;

  /**
   * Sets the tenant's incremental-sync watermark as given (callers keep it
   * from moving back); the checkpoint is untouched. Idempotent.
   */
  saveWatermark(tenantId: string, watermark: string): Promise<void>;

  /**
   * Takes the tenant's run lease for `holder` until `ttlMs` from now. True
   * when taken: nobody held it, the last holder's lease has expired (it is
   * taken over), or `holder` already held it (the expiry moves on). False
   * while another holder's lease is unexpired. Atomic across processes
   * sharing the store: of callers racing for one tenant, one gets true.
   */
  acquireLease(tenantId: string, holder: string, ttlMs: number): Promise<boolean>;

  /**
   * Moves `holder`'s lease expiry to `ttlMs` from now. True while `holder`
   * still holds the lease, even past its expiry when nobody took it over;
   * false once it was released or taken over: the holder must then stop.
   */
  renewLease(tenantId: string, holder: string, ttlMs: number): Promise<boolean>;

  /**
   * Gives up `holder`'s lease so the next run need not wait for expiry.
   * Idempotent; leaves another holder's lease alone.
   */
  releaseLease(tenantId: string, holder: string): Promise<void>;

  /**
   * True when the processed-event ledger holds `eventId` (an Okta event
   * uuid) for the tenant, recorded and not yet pruned.
   */
  hasEvent(tenantId: string, eventId: string): Promise<boolean>;

  /**
   * Adds `eventId` to the tenant's ledger, stamped with the store's now.
   * True the first time; false when it was already there (the stamp is
   * kept). Atomic: of callers racing with one event, one gets true.
   */
  recordEvent(tenantId: string, eventId: string): Promise<boolean>;

  /**
   * Drops ledger entries recorded before `olderThan`, for every tenant:
   * the retention window, run as housekeeping. Resolves to how many were
   * dropped. An event delivered again after its entry was pruned is
   * processed again, which is harmless: events only trigger a re-read.
   */
  pruneEvents(olderThan: Date): Promise<number>;
}
