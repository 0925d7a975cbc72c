import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryQueue } from '../../src/adapters/memory/memory-sync-queue.js';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createPgliteStore, type PgliteStore } from '../../src/adapters/postgres/pglite-store.js';
import { runCli } from '../../src/cli/run-cli.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { describeError } from '../../src/errors/describe-error.js';
import { checkOktaAccess } from '../../src/okta/check-okta-access.js';
import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import {
  deactivatedIds,
  directoryOn,
  idOf,
  ORG_START,
  people,
  person,
  storeMismatches,
} from '../reliability/fault-rig.js';
import { closeFronts, type FrontServer, serveFront } from '../reliability/front-server.js';
import { captureIo } from '../support/capture-io.js';

afterEach(closeFronts);

/** A server on another loopback address that must never be asked anything. */
async function trap(host = '127.0.0.2'): Promise<FrontServer> {
  return serveFront(null, host);
}

const refusedUrls = (trapUrl: string): [string, string][] => [
  ['plain http to another host', trapUrl],
  ['the cloud metadata address', 'https://169.254.169.254'],
  ['a look-alike host', 'https://acme.okta.com.evil.example'],
  ['the admin console', 'https://acme-admin.okta.com'],
  ['user info', 'https://admin:pw@acme.okta.com'],
  ['a query', 'https://acme.okta.com?next=https://evil.example'],
  ['a path', 'https://acme.okta.com/api/v1/users'],
  ['an IP address', 'https://10.0.0.1'],
  ['a file URL', 'file:///etc/passwd'],
];

describe('org URL rules at every entry', () => {
  describe.each(['createOktaDirectory', 'checkOktaAccess', 'okta-sync sync', 'okta-sync check'])(
    'through %s',
    (entry) => {
      it('refuses every URL off Okta before any request, with ERR_ORG_URL_INVALID', async () => {
        const trapped = await trap();

        for (const [, url] of refusedUrls(trapped.url)) {
          expect(await refusalAt(entry, url)).toMatch(
            /ERR_ORG_URL_INVALID|org-url-invalid|org URL/,
          );
        }

        expect(trapped.requests).toEqual([]);
      });
    },
  );
});

async function refusalAt(entry: string, orgUrl: string): Promise<string> {
  const token = 'ssrf-token';

  switch (entry) {
    case 'createOktaDirectory':
      try {
        createOktaDirectory({ orgUrl, token });
        return 'accepted';
      } catch (error) {
        return describeError(error).code;
      }
    case 'checkOktaAccess': {
      const findings = await checkOktaAccess({ orgUrl, token });
      return findings.map((finding) => finding.code).join(',');
    }
    case 'okta-sync check': {
      const io = captureIo();
      await runCli(['check', '--org-url', orgUrl, '--token', token, '--json'], io);
      return io.out();
    }
    default: {
      const io = captureIo();
      const code = await runCli(['sync', '--org-url', orgUrl, '--token', token], io);
      return code === 1 ? io.err() : `exit ${code}`;
    }
  }
}

/** A seeded 10-person org behind a front, with the store holding it. */
async function seededOrg(store: SyncStore = createMemoryStore()) {
  const timer = createVirtualTimer(ORG_START);
  const org = createFakeOrg({ users: people(10), clock: timer, token: 'ssrf-token' });
  const front = await serveFront(org);
  const directory = directoryOn(front.url, org.token, timer);
  const engine = createSyncEngine({ store, directory, clock: timer });
  expect((await engine.fullSync({ tenantId: 'acme' })).status).toBe('succeeded');
  org.removeUser(idOf(10));

  return { org, front, engine, store, directory };
}

/** Points the `next` link of every answer at `target` instead. */
function nextLinkTo(target: string) {
  return (response: Response) => {
    const link = response.headers.get('link');
    if (link === null) return response;

    const headers = new Headers(response.headers);
    headers.set(
      'link',
      link.replace(/<http:\/\/[^/]+(\/[^>]*)>; rel="next"/, `<${target}$1>; rel="next"`),
    );

    return new Response(response.body, { status: response.status, headers });
  };
}

/** Answers the `count`-th request from now on with a redirect to `target`. */
function redirectTo(target: string, status: number, count = 2) {
  let seen = 0;

  return (response: Response) => {
    seen += 1;
    if (seen !== count) return response;

    const headers = new Headers(response.headers);
    headers.set('location', `${target}/api/v1/users?after=stolen`);

    return new Response(null, { status, headers });
  };
}

describe('a listing that points off the org', () => {
  describe.each([
    ['another loopback address', () => trap('127.0.0.2')],
    ['another port of the same address', () => trap('127.0.0.1')],
  ])('when the next link points at %s', (_name, makeTrap) => {
    it('never follows it: the run fails unexpected-response, nobody is deactivated', async () => {
      const trapped = await makeTrap();
      const { front, engine, store } = await seededOrg();
      front.tamper(nextLinkTo(trapped.url));

      const report = await engine.fullSync({ tenantId: 'acme' });

      expect(report.status).toBe('failed');
      expect(report.error?.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
      expect(trapped.requests).toEqual([]);
      expect(await deactivatedIds(store, 'acme')).toEqual([]);
    });
  });

  describe.each([301, 302, 303, 307, 308])(
    'when Okta answers a page with a %i redirect',
    (status) => {
      it('never follows it, and the run fails with nobody deactivated', async () => {
        const trapped = await trap();
        const { front, engine, store } = await seededOrg();
        front.tamper(redirectTo(trapped.url, status));

        const report = await engine.fullSync({ tenantId: 'acme' });

        expect(report.status).toBe('failed');
        expect(report.error?.code).toBe('ERR_OKTA_UNEXPECTED_RESPONSE');
        expect(trapped.requests).toEqual([]);
        expect(await deactivatedIds(store, 'acme')).toEqual([]);
      });
    },
  );

  describe('when Okta answers a single read with a redirect', () => {
    it('rejects the person job and the trap hears nothing', async () => {
      const trapped = await trap();
      const { front, engine } = await seededOrg();
      front.tamper(redirectTo(trapped.url, 302, 1));

      const job = engine.runJob({ kind: 'sync-person', tenantId: 'acme', oktaId: idOf(1) });

      await expect(job).rejects.toMatchObject({ code: 'ERR_OKTA_UNEXPECTED_RESPONSE' });
      expect(trapped.requests).toEqual([]);
    });
  });
});

/** Tenant B's org: people 1 to 5 under other titles (the same Okta ids), and 20 to 24. */
function orgOfB(): OktaUser[] {
  const shared = [1, 2, 3, 4, 5].map((n) => person(n, { profile: { title: 'Consultant' } }));
  const own = [20, 21, 22, 23, 24].map((n) => person(n));

  return [...shared, ...own];
}

function tenancy(backend: string, openStore: () => SyncStore) {
  describe(`two tenants on one ${backend} and one engine`, () => {
    it('keeps their runs, jobs, ledgers and exports apart', async () => {
      const timer = createVirtualTimer(ORG_START);
      const orgs = {
        a: createFakeOrg({ users: people(10), clock: timer, token: 'token-a' }),
        b: createFakeOrg({ users: orgOfB(), clock: timer, token: 'token-b' }),
      };
      const fronts = { a: await serveFront(orgs.a), b: await serveFront(orgs.b) };
      const directories: Record<string, OktaDirectory> = {
        a: directoryOn(fronts.a.url, orgs.a.token, timer),
        b: directoryOn(fronts.b.url, orgs.b.token, timer),
      };
      const store = openStore();
      const engine = createSyncEngine({
        store,
        clock: timer,
        directory: (tenantId) => directories[tenantId] ?? Promise.reject(new Error(tenantId)),
      });
      const queue = createMemoryQueue({ worker: (job) => engine.runJob(job), backoffMs: 1 });

      await queue.enqueue({ kind: 'full-sync', tenantId: 'a' });
      await queue.enqueue({ kind: 'full-sync', tenantId: 'b' });
      await queue.drain();

      orgs.a.updateUser(idOf(1), { status: 'DEPROVISIONED' });
      orgs.b.updateUser(idOf(1), { profile: { title: 'Partner' } });
      await queue.enqueue({ kind: 'sync-person', tenantId: 'a', oktaId: idOf(1), eventId: 'e-1' });
      await queue.enqueue({ kind: 'sync-person', tenantId: 'b', oktaId: idOf(1), eventId: 'e-1' });
      await queue.drain();
      orgs.a.removeUser(idOf(2));
      orgs.b.setUsers([]);
      const runs = {
        a: await engine.fullSync({ tenantId: 'a' }),
        b: await engine.fullSync({ tenantId: 'b' }),
      };

      expect(queue.failed()).toEqual([]);
      expect(runs.a.status).toBe('succeeded');
      expect(runs.b.status).toBe('guarded');
      expect(await storeMismatches(store, 'a', orgs.a)).toEqual([]);
      expect(await deactivatedIds(store, 'a')).toEqual([idOf(1), idOf(2)]);
      expect(await deactivatedIds(store, 'b')).toEqual([]);
      const peopleOfB = (await exportTenant(store, 'b')).people;
      expect(peopleOfB).toHaveLength(10);
      expect(peopleOfB.find((row) => row.oktaId === idOf(1))?.jobTitle).toBe('Partner');
      expect((await store.lastReport('b'))?.runId).toBe(runs.b.runId);
      expect((await exportTenant(store, 'nobody')).people).toEqual([]);
    });
  });
}

describe('tenant isolation', () => {
  let pglite: PgliteStore;

  beforeAll(async () => {
    pglite = await createPgliteStore();
  });

  afterAll(async () => {
    await pglite?.close();
  });

  tenancy('memory store', () => createMemoryStore());
  tenancy('PGlite store', () => pglite);
});

describe('a directory resolver that fails for an unknown tenant', () => {
  it('rejects that tenant only', async () => {
    const { engine } = await seededOrg();
    const resolving = createSyncEngine({
      store: createMemoryStore(),
      directory: (tenantId) => Promise.reject(new Error(`no Okta settings for ${tenantId}`)),
    });

    await expect(resolving.fullSync({ tenantId: 'ghost' })).rejects.toThrow(/ghost/);
    expect((await engine.fullSync({ tenantId: 'acme' })).status).toBe('succeeded');
  });
});
