import type { DirectoryPerson } from '../mapping/directory-person.js';
import { describeSharedEmail } from '../mapping/notice-messages.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { SyncNotice } from './sync-notice.js';

/**
 * An `EMAIL_SHARED` notice for each person of the page whose email
 * (ignoring case) another Okta user has: on this page, or linked in the
 * store and not deactivated. People are never merged by email; the notice
 * only tells the admin. Deactivated people on either side are left out,
 * since a leaver's address is often given to the next hire.
 *
 * Note: on a first run, the earlier of two people on different pages is
 * not yet stored when its page is read, so only the later one is named;
 * from the next run on, both are.
 */
export async function findSharedEmails(
  store: SyncStore,
  tenantId: string,
  people: readonly DirectoryPerson[],
): Promise<SyncNotice[]> {
  const current = people.filter((person) => person.status !== 'deactivated');
  if (current.length === 0) {
    return [];
  }

  const holders = await holdersByEmail(store, tenantId, current);

  return current.flatMap((person) => {
    const email = person.email.toLowerCase();
    const others = [...(holders.get(email) ?? [])].filter((id) => id !== person.oktaId).sort();
    if (others.length === 0) return [];

    const message = describeSharedEmail(person.email, others);

    return [{ code: 'EMAIL_SHARED' as const, oktaId: person.oktaId, message, others }];
  });
}

async function holdersByEmail(
  store: SyncStore,
  tenantId: string,
  people: readonly DirectoryPerson[],
): Promise<Map<string, Set<string>>> {
  const emails = [...new Set(people.map((person) => person.email.toLowerCase()))];
  const stored = await store.findPeopleByIdentifier(tenantId, 'email', emails);
  const holders = new Map<string, Set<string>>();
  const add = (email: string, oktaId: string) => {
    const key = email.toLowerCase();
    holders.set(key, (holders.get(key) ?? new Set()).add(oktaId));
  };

  for (const row of stored) {
    if (row.oktaId !== null && row.status !== 'deactivated') add(row.email, row.oktaId);
  }

  for (const person of people) add(person.email, person.oktaId);

  return holders;
}
