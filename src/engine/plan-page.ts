import type { DirectoryPerson } from '../mapping/directory-person.js';
import { defaultMapperPolicy, type MapperPolicy } from '../mapping/mapper-policy.js';
import type { MapOutcome } from '../mapping/person-mapper.js';
import type { SkippedPerson } from '../mapping/skipped-person.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import { resolveEarlyManagers } from './early-managers.js';
import { findSharedEmails } from './find-shared-emails.js';
import type { PagePlan } from './page-plan.js';
import { planPerson } from './plan-person.js';

/**
 * Plans one page: reads the rows the page's people may touch, in three
 * batched lookups sent together (none waits for another), and decides
 * each person's change under the mapper's `policy`. Writes nothing.
 * Given a full run's `generation`, it also resolves the managers of the
 * people it creates where it safely can (`resolveEarlyManagers`).
 */
export async function planPage(
  store: SyncStore,
  tenantId: string,
  outcomes: readonly MapOutcome[],
  policy: MapperPolicy = defaultMapperPolicy,
  generation = 0,
): Promise<PagePlan> {
  const { people, skips } = splitOutcomes(outcomes);
  const ids = outcomes.map(oktaIdOf);
  const [knownRows, unlinked, shared] = await Promise.all([
    store.findPeopleByOktaIds(tenantId, ids),
    findUnlinked(store, tenantId, people),
    findSharedEmails(store, tenantId, people),
  ]);
  const known = indexBy(knownRows, (row) => row.oktaId);
  const planned = planChanges(people, known, unlinked, policy);
  const changes = await resolveEarlyManagers(store, tenantId, planned, policy, generation);

  return {
    changes,
    skips,
    skippedKnown: skips.flatMap((skip) => known.get(skip.oktaId) ?? []),
    notices: [...shared, ...changes.flatMap((change) => change.notices ?? [])],
  };
}

function splitOutcomes(outcomes: readonly MapOutcome[]) {
  const people: DirectoryPerson[] = [];
  const skips: SkippedPerson[] = [];

  for (const outcome of outcomes) {
    if (outcome.kind === 'person') {
      people.push(outcome.person);
    } else {
      skips.push(outcome.skip);
    }
  }

  return { people, skips };
}

function oktaIdOf(outcome: MapOutcome): string {
  return outcome.kind === 'person' ? outcome.person.oktaId : outcome.skip.oktaId;
}

/**
 * Unlinked host people sharing an email with someone of the page who is
 * not deactivated. Asked for everyone of the page, known or not, so it
 * need not wait for the lookup by Okta id: only people the store does not
 * know yet are ever linked.
 */
async function findUnlinked(
  store: SyncStore,
  tenantId: string,
  people: readonly DirectoryPerson[],
): Promise<Map<string, StoredPerson>> {
  const emails = people
    .filter((person) => person.status !== 'deactivated')
    .map((person) => person.email);

  if (emails.length === 0) {
    return new Map();
  }

  const rows = await store.findUnlinkedByEmails(tenantId, emails);

  return indexBy(rows, (row) => row.email.toLowerCase());
}

function planChanges(
  people: readonly DirectoryPerson[],
  known: ReadonlyMap<string | null, StoredPerson>,
  unlinked: Map<string, StoredPerson>,
  policy: MapperPolicy,
) {
  return people.map((person) => {
    const email = person.email.toLowerCase();
    const change = planPerson(person, known.get(person.oktaId), unlinked.get(email), policy);

    // One host person links to one Okta user; a second Okta user with the
    // same email on this page is created instead of merged.
    if (change.kind === 'link') {
      unlinked.delete(email);
    }

    return change;
  });
}

function indexBy<K>(rows: readonly StoredPerson[], key: (row: StoredPerson) => K) {
  const index = new Map<K, StoredPerson>();

  for (const row of rows) {
    if (!index.has(key(row))) {
      index.set(key(row), row);
    }
  }

  return index;
}
