import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import type { ListChangesOptions, OktaChangePage } from '../../src/okta/okta-directory.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createFakeOrgHandlers } from '../../src/testing/fake-org/fake-org-handlers.js';
import { oktaUser } from '../support/list-directory.js';
import { isolatedTiming, ORG_URL, useOktaTestServer } from './okta-test-server.js';

const okta = useOktaTestServer();

/** u0…u3, last updated on the 1st, 2nd, 3rd and 4th of June at noon. */
function makeOrg(): FakeOrg {
  const users = [1, 2, 3, 4].map((day, index) =>
    oktaUser({
      id: `00u${index}`,
      lastUpdated: `2026-06-0${day}T12:00:00.000Z`,
      profile: { department: index % 2 === 0 ? 'Sales' : 'Support' },
    }),
  );

  return createFakeOrg({ users });
}

async function serveMsw(org: FakeOrg, options: Partial<OktaDirectoryOptions> = {}) {
  okta.server.use(...(await createFakeOrgHandlers(org, ORG_URL)));

  return createOktaDirectory({
    ...isolatedTiming(),
    orgUrl: ORG_URL,
    token: org.token,
    ...options,
  });
}

async function collect(
  pages: AsyncIterable<OktaChangePage> | undefined,
): Promise<OktaChangePage[]> {
  const collected = [];

  for await (const page of pages ?? []) {
    collected.push(page);
  }

  return collected;
}

function idsOf(pages: OktaChangePage[]): string[] {
  return pages.flatMap((page) => page.users.map((user) => user.id));
}

const SINCE = '2026-06-03T00:00:00.000Z';

describe('createOktaDirectory().listChanges', () => {
  describe('when people changed after the watermark', () => {
    it('lists them by lastUpdated gt since minus the overlap, and moves the watermark', async () => {
      const org = makeOrg();
      const directory = await serveMsw(org);

      const pages = await collect(directory.listChanges?.({ since: SINCE, overlapMs: 60_000 }));

      expect(idsOf(pages)).toEqual(['00u2', '00u3']);
      expect(pages.at(-1)?.watermark).toBe('2026-06-04T12:00:00.000Z');
      expect(new URL(okta.requests[0]?.url ?? '').searchParams.get('filter')).toBe(
        'lastUpdated gt "2026-06-02T23:59:00.000Z"',
      );
    });

    it('includes people deactivated since', async () => {
      const org = makeOrg();
      const leaver = org.updateUser('00u0', { status: 'DEPROVISIONED' });
      const directory = await serveMsw(org);

      const pages = await collect(directory.listChanges?.({ since: SINCE }));

      expect(idsOf(pages)).toContain('00u0');
      expect(pages.at(-1)?.watermark).toBe(leaver.lastUpdated);
    });
  });

  describe('when the overlap reaches back over a change', () => {
    it('lists it again', async () => {
      const directory = await serveMsw(makeOrg());
      const since = '2026-06-02T12:00:30.000Z';

      const narrow = await collect(directory.listChanges?.({ since, overlapMs: 0 }));
      const wide = await collect(directory.listChanges?.({ since, overlapMs: 60_000 }));

      expect(idsOf(narrow)).toEqual(['00u2', '00u3']);
      expect(idsOf(wide)).toEqual(['00u1', '00u2', '00u3']);
    });
  });

  describe('when nothing changed', () => {
    it('keeps the watermark where it was', async () => {
      const directory = await serveMsw(makeOrg());
      const since = '2026-07-01T00:00:00.000Z';

      const pages = await collect(directory.listChanges?.({ since }));

      expect(idsOf(pages)).toEqual([]);
      expect(pages.at(-1)?.watermark).toBe(since);
    });
  });

  describe('when the scope is a search', () => {
    it('adds the lastUpdated clause to the expression', async () => {
      const scope = { kind: 'search', search: 'profile.department eq "Sales"' } as const;
      const directory = await serveMsw(makeOrg(), { scope });

      const pages = await collect(directory.listChanges?.({ since: SINCE, overlapMs: 0 }));

      expect(idsOf(pages)).toEqual(['00u2']);
      expect(new URL(okta.requests[0]?.url ?? '').searchParams.get('search')).toBe(
        '(profile.department eq "Sales") and lastUpdated gt "2026-06-03T00:00:00.000Z"',
      );
    });
  });

  describe('when the scope is an app or groups', () => {
    it.each([
      { kind: 'app', appId: '0oa1' },
      { kind: 'groups', groupIds: ['00g1'] },
    ] as const)('refuses with a ConfigError naming the scope (%j)', async (scope) => {
      const directory = await serveMsw(makeOrg(), { scope });

      const failure = await collect(directory.listChanges?.({ since: SINCE })).catch(
        (error: unknown) => error,
      );

      expect(failure).toBeInstanceOf(ConfigError);
      expect((failure as ConfigError).issues[0]?.field).toBe('scope');
      expect(okta.requests).toHaveLength(0);
    });
  });

  describe('when the window is unreadable', () => {
    it.each<[ListChangesOptions, string]>([
      [{ since: 'yesterday' }, 'since'],
      [{ since: SINCE, overlapMs: -1 }, 'overlapMs'],
    ])('refuses %j naming %s', async (options, field) => {
      const directory = await serveMsw(makeOrg());

      const failure = await collect(directory.listChanges?.(options)).catch(
        (error: unknown) => error,
      );

      expect((failure as ConfigError).issues.map((issue) => issue.field)).toEqual([field]);
    });
  });
});
