import type { PageRequest } from '../ports/page-request.js';
import { storePages } from '../ports/store-pages.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { StoredTeam } from '../ports/stored-team.js';
import type { SyncStore } from '../ports/sync-store.js';

/** A team's first member and that member's resolved manager. */
interface FirstMember {
  oktaId: string;
  managerOktaId: string | null;
}

/**
 * Sets every team's manager from its first member, for the team strategy
 * (see `teamStrategy`). Teams whose manager an admin set are left alone;
 * a derived team left with no member loses its manager. One pass over the
 * store; memory grows with the number of teams, not people.
 */
export async function deriveTeamManagers(store: SyncStore, tenantId: string): Promise<void> {
  const firstMembers = await findFirstMembers(store, tenantId);

  for (const team of await store.listTeams(tenantId)) {
    if (isAdminSet(team)) continue;

    const first = firstMembers.get(team.name) ?? null;
    const managerOktaId = first?.managerOktaId ?? null;
    const from = first?.oktaId ?? null;

    if (team.managerOktaId !== managerOktaId || (team.managerFrom ?? null) !== from) {
      await store.setDerivedTeamManager(tenantId, team.name, managerOktaId, from);
    }
  }
}

async function findFirstMembers(store: SyncStore, tenantId: string) {
  const first = new Map<string, FirstMember>();
  const query = (page: PageRequest) => store.listPeople(tenantId, page);

  // People come in id order, which is the order they were added, so the
  // first member seen is the earliest.
  for await (const page of storePages(query)) {
    for (const person of page) {
      if (isMember(person) && !first.has(person.team)) {
        first.set(person.team, { oktaId: person.oktaId, managerOktaId: person.managerOktaId });
      }
    }
  }

  return first;
}

function isMember(person: StoredPerson): person is StoredPerson & { team: string; oktaId: string } {
  return person.team !== null && person.oktaId !== null && person.status !== 'deactivated';
}

function isAdminSet(team: StoredTeam): boolean {
  return team.managerOktaId !== null && team.managerFrom === undefined;
}
