import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { OktaRequestError } from '../../src/errors/okta-request-error.js';
import type { OktaScope } from '../../src/okta/okta-scope.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { type FakeOrgServer, serveFakeOrg } from '../../src/testing/fake-org/serve-fake-org.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { oktaUser } from '../support/list-directory.js';

const tenantId = 'acme';
const servers: FakeOrgServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Eight users u0…u7, u0–u3 in Sales; group g-a holds u1, u2, u4. */
function makeOrg(): FakeOrg {
  const users = Array.from({ length: 8 }, (_, index) =>
    oktaUser({ id: `00u${index}`, profile: { department: index < 4 ? 'Sales' : 'Support' } }),
  );
  const org = createFakeOrg({ users });
  org.assignments.addGroup('00ga', 'Group A', ['00u1', '00u2', '00u4']);
  org.assignments.addGroup('00gb', 'Group B', ['00u5']);

  return org;
}

/** Serves the org over HTTP and syncs it, in `scope`, into a memory store. */
async function syncInScope(org: FakeOrg, scope: OktaScope) {
  const server = await serveFakeOrg(org);
  servers.push(server);
  const directory = createOktaDirectory({
    orgUrl: server.url,
    token: org.token,
    allowHttp: true,
    scope,
    rateBudgets: new RateBudgetRegistry(),
    timer: createVirtualTimer(),
  });
  const store = createMemoryStore();
  const engine = createSyncEngine({ store, directory });
  const sync = () => engine.fullSync({ tenantId });
  const active = async () => {
    const { people } = await exportTenant(store, tenantId);

    return people
      .filter((person) => person.status === 'active')
      .map((person) => person.oktaId)
      .sort();
  };

  return { sync, active };
}

describe('leavers of each scope, through the engine over HTTP', () => {
  describe('when a person is unassigned from the app, directly or by their group', () => {
    it('deactivates them on the next full sync', async () => {
      const org = makeOrg();
      org.assignments.assignUser('0oaApp', '00u0');
      org.assignments.assignUser('0oaApp', '00u7');
      org.assignments.assignGroup('0oaApp', '00ga');
      const { sync, active } = await syncInScope(org, { kind: 'app', appId: '0oaApp' });
      const first = await sync();
      org.assignments.unassignUser('0oaApp', '00u0');
      org.assignments.removeMember('00ga', '00u4');
      org.updateUser('00u7', { status: 'DEPROVISIONED' });

      const second = await sync();

      expect(first.counts.created).toBe(5);
      expect(second.status).toBe('succeeded');
      expect(second.counts.deactivated).toBe(3);
      expect(await active()).toEqual(['00u1', '00u2']);
    });
  });

  describe('when a person leaves the chosen groups', () => {
    it('deactivates them on the next full sync', async () => {
      const org = makeOrg();
      const { sync, active } = await syncInScope(org, {
        kind: 'groups',
        groupIds: ['00ga', '00gb'],
      });
      const first = await sync();
      org.assignments.removeMember('00ga', '00u1');

      const second = await sync();

      expect(first.counts.created).toBe(4);
      expect(second.counts.deactivated).toBe(1);
      expect(await active()).toEqual(['00u2', '00u4', '00u5']);
    });
  });

  describe('when a person stops matching the search, or is deactivated in Okta', () => {
    it('deactivates both on the next full sync', async () => {
      const org = makeOrg();
      const scope: OktaScope = { kind: 'search', search: 'profile.department eq "Sales"' };
      const { sync, active } = await syncInScope(org, scope);
      const first = await sync();
      org.updateUser('00u0', { profile: { department: 'Support' } });
      org.updateUser('00u1', { status: 'DEPROVISIONED' });

      const second = await sync();

      expect(first.counts.created).toBe(4);
      expect(second.counts.deactivated).toBe(2);
      expect(await active()).toEqual(['00u2', '00u3']);
    });
  });

  describe('when a person of the org is deactivated in Okta', () => {
    it('deactivates them from the deprovisioned listing', async () => {
      const org = makeOrg();
      const { sync, active } = await syncInScope(org, { kind: 'org' });
      await sync();
      org.updateUser('00u6', { status: 'DEPROVISIONED' });

      const second = await sync();

      expect(second.counts.deactivated).toBe(1);
      expect(await active()).not.toContain('00u6');
    });
  });
});

describe('incremental listing over HTTP', () => {
  describe('when two people changed after the watermark', () => {
    it('lists them page by page, each page with the watermark so far', async () => {
      const users = [1, 2, 3].map((day, index) =>
        oktaUser({ id: `00u${index}`, lastUpdated: `2026-06-0${day}T12:00:00.000Z` }),
      );
      const org = createFakeOrg({ users });
      const server = await serveFakeOrg(org);
      servers.push(server);
      const directory = createOktaDirectory({
        orgUrl: server.url,
        token: org.token,
        allowHttp: true,
        pageSize: 1,
        rateBudgets: new RateBudgetRegistry(),
        timer: createVirtualTimer(),
      });

      const watermarks = [];
      for await (const page of directory.listChanges?.({ since: '2026-06-01T13:00:00Z' }) ?? []) {
        watermarks.push(page.watermark);
      }

      expect(watermarks).toEqual(['2026-06-02T12:00:00.000Z', '2026-06-03T12:00:00.000Z']);
    });
  });
});

describe('a service app over HTTP', () => {
  const makeKeys = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
  const registered = makeKeys();

  async function serveWithApp() {
    const org = createFakeOrg({
      users: [oktaUser({ id: '00u0' })],
      serviceApp: { clientId: '0oaSvc', publicKey: registered.publicKey.export({ format: 'jwk' }) },
    });
    const server = await serveFakeOrg(org);
    servers.push(server);

    return (privateKey: string) =>
      createOktaDirectory({
        orgUrl: server.url,
        allowHttp: true,
        serviceApp: { clientId: '0oaSvc', privateKey },
        rateBudgets: new RateBudgetRegistry(),
        timer: createVirtualTimer(),
      });
  }

  const pemOf = (key: ReturnType<typeof makeKeys>) =>
    key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  describe('when its key is registered', () => {
    it('reads users with the access token it got', async () => {
      const directoryWith = await serveWithApp();

      expect(await directoryWith(pemOf(registered)).getUser('00u0')).toMatchObject({ id: '00u0' });
    });
  });

  describe('when its key is another', () => {
    it('fails saying the private key or the client id is wrong', async () => {
      const directoryWith = await serveWithApp();

      const failure = await directoryWith(pemOf(makeKeys()))
        .getUser('00u0')
        .catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(OktaRequestError);
      expect((failure as OktaRequestError).message).toMatch(
        /private key or the client id is wrong/,
      );
    });
  });
});
