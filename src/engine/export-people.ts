import { individualStrategy } from '../managers/individual-strategy.js';
import { type ManagerStrategy, managerByStrategy } from '../managers/manager-strategy.js';
import type { PersonStatus } from '../mapping/directory-person.js';
import type { PageRequest } from '../ports/page-request.js';
import { storePages } from '../ports/store-pages.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { StoredTeam } from '../ports/stored-team.js';
import type { SyncStore } from '../ports/sync-store.js';

/** A person as exported for the host or an admin. */
export interface ExportedPerson {
  /** The host's id for the person. */
  id: string;
  /** The Okta user id; null for a host person never linked. */
  oktaId: string | null;
  /** The email the person was linked by, as stored. */
  email: string;
  /** The display name. */
  fullName: string;
  /** The job title, or null. */
  jobTitle: string | null;
  /** The team's name, or null for a person in no team. */
  team: string | null;
  /** The effective manager's Okta id; null while unresolved or absent. */
  managerOktaId: string | null;
  /** The raw Okta reference while it is unresolved; null otherwise. */
  managerPending: string | null;
  /** The person's status in the host. */
  status: PersonStatus;
  /** Local start date `YYYY-MM-DD`, or null. */
  startDate: string | null;
}

/** A team with its default manager and how many people are in it. */
export interface ExportedTeam {
  /** The team's name, unique in the tenant. */
  name: string;
  /** The Okta id of the team's default manager, or null. */
  managerOktaId: string | null;
  /** People in the team who are not deactivated. */
  members: number;
}

/** Everything a tenant's store holds, as plain data. */
export interface TenantExport {
  /** Every person, deactivated ones included, ordered by id. */
  people: ExportedPerson[];
  /** Every team, as the store lists them. */
  teams: ExportedTeam[];
}

/**
 * Reads a tenant's people and teams, applying a manager strategy (the
 * individual one by default). Holds the whole export in memory: meant for
 * the CLI and for tests, not for paging an admin UI.
 */
export async function exportTenant(
  store: SyncStore,
  tenantId: string,
  managers: ManagerStrategy = individualStrategy(),
): Promise<TenantExport> {
  const teams = await store.listTeams(tenantId);
  const teamsByName = new Map(teams.map((team) => [team.name, team]));
  const members = new Map<string, number>();
  const people: ExportedPerson[] = [];
  const query = (page: PageRequest) => store.listPeople(tenantId, page);

  for await (const page of storePages(query)) {
    for (const person of page) {
      people.push(exportPerson(person, teamsByName, managers));
      countMember(members, person);
    }
  }

  return { people, teams: teams.map((team) => exportTeam(team, members)) };
}

function exportPerson(
  person: StoredPerson,
  teams: ReadonlyMap<string, StoredTeam>,
  managers: ManagerStrategy,
) {
  const team = person.team === null ? undefined : teams.get(person.team);
  const pending = person.managerRef !== null && person.managerOktaId === null;

  return {
    id: person.id,
    oktaId: person.oktaId,
    email: person.email,
    fullName: person.fullName,
    jobTitle: person.jobTitle,
    team: person.team,
    managerOktaId: managerByStrategy(managers, person, team),
    managerPending: pending ? person.managerRef : null,
    status: person.status,
    startDate: person.startDate,
  };
}

function countMember(members: Map<string, number>, person: StoredPerson) {
  if (person.team !== null && person.status !== 'deactivated') {
    members.set(person.team, (members.get(person.team) ?? 0) + 1);
  }
}

function exportTeam(team: StoredTeam, members: ReadonlyMap<string, number>): ExportedTeam {
  return {
    name: team.name,
    managerOktaId: team.managerOktaId,
    members: members.get(team.name) ?? 0,
  };
}
