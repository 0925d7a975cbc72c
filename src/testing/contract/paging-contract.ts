import { describe, expect, it } from 'vitest';
import type { PageRequest } from '../../ports/page-request.js';
import type { StoredPerson } from '../../ports/stored-person.js';
import type { ContractContext } from './contract-context.js';
import { idsOf, oktaIds, personWrite, readPages } from './contract-fixtures.js';

type Listing = (page: PageRequest) => Promise<StoredPerson[]>;

/** listPeople, listUnseen and listUnresolvedManagers: filters and paging. */
export function describePaging({ store, newTenant }: ContractContext): void {
  describe('listPeople', () => {
    it('pages through every person in id order', async () => {
      const tenant = newTenant();
      await store().savePeople(
        tenant,
        oktaIds(25).map((oktaId) => personWrite(oktaId)),
      );

      await expectPagedInIdOrder((page) => store().listPeople(tenant, page), 25);
    });
  });

  describe('listUnseen', () => {
    it('pages through linked people not deactivated, seen before the generation', async () => {
      const tenant = newTenant();
      const unseen = oktaIds(25, '00uUnseen');
      await store().savePeople(tenant, [
        ...unseen.map((oktaId) => personWrite(oktaId, { seenGeneration: 1 })),
        personWrite('00uSeen', { seenGeneration: 2 }),
        personWrite('00uGone', { seenGeneration: 1, status: 'deactivated' }),
      ]);
      await store().addHostPerson(tenant, { email: 'host@example.com', fullName: 'Host' });

      const people = await expectPagedInIdOrder((page) => store().listUnseen(tenant, 2, page), 25);

      expect(people.map((person) => person.oktaId).sort()).toEqual(unseen);
    });
  });

  describe('listUnresolvedManagers', () => {
    it('pages through people with a manager reference and no manager', async () => {
      const tenant = newTenant();
      const unresolved = oktaIds(25, '00uNoBoss');
      await store().savePeople(tenant, [
        ...unresolved.map((oktaId) => personWrite(oktaId, { managerRef: 'someone' })),
        personWrite('00uResolved', { managerRef: 'boss', managerOktaId: '00uBoss' }),
        personWrite('00uNoRef'),
      ]);

      const people = await expectPagedInIdOrder(
        (page) => store().listUnresolvedManagers(tenant, page),
        25,
      );

      expect(people.map((person) => person.oktaId).sort()).toEqual(unresolved);
    });
  });
}

/**
 * Reads `list` ten rows at a time and checks the pages hold `total`
 * distinct people in ascending id order, with nothing after the last.
 */
async function expectPagedInIdOrder(list: Listing, total: number): Promise<StoredPerson[]> {
  const pages = await readPages(list, 10);
  const people = pages.flat();
  const ids = idsOf(people);

  expect(pages.map((page) => page.length)).toEqual(pageSizes(total, 10));
  expect(new Set(ids).size).toBe(total);
  expect(ids).toEqual([...ids].sort(compareText));
  expect(await list({ after: ids.at(-1) ?? '', limit: 10 })).toEqual([]);

  return people;
}

function pageSizes(total: number, limit: number): number[] {
  const full = Array.from({ length: Math.floor(total / limit) }, () => limit);

  return total % limit === 0 ? full : [...full, total % limit];
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;

  return a < b ? -1 : 1;
}
