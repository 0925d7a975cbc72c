import type { SyncReport } from '../engine/sync-report.js';
import type { PassThroughAttributes, PersonStatus } from '../mapping/directory-person.js';

/**
 * Person fields a host can lock against syncs, such as a manager set by
 * hand: a sync leaves a locked field as stored and reports the Okta value
 * it did not apply. `manager` covers both the reference and the resolved
 * manager.
 */
export type LockableField = 'fullName' | 'team' | 'jobTitle' | 'manager' | 'startDate';

/**
 * Identifiers a manager reference can be matched with besides the Okta id:
 * `login` and `email` ignoring case, `employeeNumber` exactly.
 */
export type PersonIdentifier = 'login' | 'email' | 'employeeNumber';

/** A person as the store holds them. */
export interface StoredPerson {
  /** The host's id for the person, assigned by the store; never reused. */
  id: string;
  /** Okta user id once linked; null for a host person not yet linked. */
  oktaId: string | null;
  email: string;
  fullName: string;
  team: string | null;
  jobTitle: string | null;
  /** The raw manager reference last read from Okta, or null. */
  managerRef: string | null;
  /** Okta id of the resolved manager; null while unresolved or absent. */
  managerOktaId: string | null;
  status: PersonStatus;
  /** Local start date `YYYY-MM-DD`, or null. */
  startDate: string | null;
  /** Okta's `lastUpdated` at the read that last wrote this row. */
  oktaUpdatedAt: string | null;
  /** Generation of the last full run that saw this person; 0 if none. */
  seenGeneration: number;
  /**
   * Okta `login`, for matching manager references. Optional for stores
   * written before it existed; the shipped stores always return it.
   */
  login?: string | null;
  /** Okta `employeeNumber`, for matching manager references. */
  employeeNumber?: string | null;
  /** Attributes the mapper passed through for the host; `{}` when none. */
  attributes?: PassThroughAttributes;
  /**
   * Fields the host has locked; syncs leave them alone. A write that
   * leaves this out stores no locks, so writers pass the stored value on.
   */
  lockedFields?: LockableField[];
}

/**
 * A write of one person. Without `id` it creates the person, or updates the
 * one already holding `oktaId`; with `id` it updates that row (linking it
 * when the row had no Okta id yet).
 */
export type PersonWrite = Omit<StoredPerson, 'id' | 'oktaId'> & {
  id?: string;
  oktaId: string;
};

/** A team as the store holds it. */
export interface StoredTeam {
  name: string;
  /** Default manager for members whose Okta profile has none, or null. */
  managerOktaId: string | null;
  /**
   * Present only when the team manager strategy chose the manager: the
   * Okta id of the member it was taken from. Absent when an admin set the
   * manager, or nobody did.
   */
  managerFrom?: string;
}

/** Keyset page request: rows after `after` (a person id), at most `limit`. */
export interface PageRequest {
  after?: string;
  limit: number;
}

/** A sync run as recorded by the store. */
export interface RunRecord {
  runId: string;
  /** Increases by one with every run of the tenant. */
  generation: number;
  startedAt: Date;
}

/**
 * Persistence for people, teams and runs. Supplied by the host; the package
 * ships an in-memory and a PostgreSQL/PGlite implementation.
 *
 * Every member is scoped by `tenantId`: no call ever sees another tenant's
 * rows. Lists are ordered by person id, ascending, so keyset paging is
 * stable. Calls for one tenant are made one at a time by the engine; calls
 * for different tenants may overlap. The store's lifecycle (connections,
 * pools) belongs to whoever constructed it.
 *
 * Out of scope: leases, checkpoints and the event ledger (see the engine
 * docs for what is planned), and any deletion: leavers are deactivated.
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
   */
  savePeople(tenantId: string, people: readonly PersonWrite[]): Promise<void>;

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
}
