import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { checkOktaAccess } from '../../src/okta/check-okta-access.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import type { OktaOrgDirectory } from '../../src/okta/okta-org-directory.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createFakeOrgHandlers } from '../../src/testing/fake-org/fake-org-handlers.js';
import { oktaUser } from '../support/list-directory.js';
import {
  isolatedTiming,
  ORG_URL,
  oktaError,
  readFixture,
  TOKEN,
  useOktaTestServer,
} from './okta-test-server.js';

const okta = useOktaTestServer();

/** u0 (the token's admin), u1, u2; group 00ga holds u1; app 0oaApp gets 00ga. */
async function serveOrg(): Promise<FakeOrg> {
  const users = [0, 1, 2].map((index) => oktaUser({ id: `00u${index}` }));
  const org = createFakeOrg({ users });
  org.setTokenOwner('00u0');
  org.assignments.addGroup('00ga', 'Group A', ['00u1']);
  org.assignments.addGroup('00gb', 'Group B', ['00u1', '00u2']);
  org.assignments.assignGroup('0oaApp', '00ga');
  okta.server.use(...(await createFakeOrgHandlers(org, ORG_URL)));

  return org;
}

function options(org: FakeOrg, extra: Partial<OktaDirectoryOptions> = {}): OktaDirectoryOptions {
  return { ...isolatedTiming(), orgUrl: ORG_URL, token: org.token, ...extra };
}

function directoryOf(org: FakeOrg, extra: Partial<OktaDirectoryOptions> = {}): OktaOrgDirectory {
  return createOktaDirectory(options(org, extra));
}

describe('createOktaDirectory() single reads', () => {
  describe('when a user’s groups are read', () => {
    it('lists them with their names, fresh each time', async () => {
      const org = await serveOrg();
      const directory = directoryOf(org);

      const before = await directory.getUserGroups('00u1');
      org.assignments.removeMember('00gb', '00u1');
      const after = await directory.getUserGroups('00u1');

      expect(before).toEqual([
        { id: '00ga', name: 'Group A', type: 'OKTA_GROUP' },
        { id: '00gb', name: 'Group B', type: 'OKTA_GROUP' },
      ]);
      expect(after?.map((group) => group.id)).toEqual(['00ga']);
    });

    it('resolves null for an unknown user', async () => {
      const org = await serveOrg();

      expect(await directoryOf(org).getUserGroups('00uNobody')).toBeNull();
    });
  });

  describe('when an app assignment is asked about', () => {
    it('says true through a group, false otherwise', async () => {
      const org = await serveOrg();
      const directory = directoryOf(org);

      expect(await directory.isAssignedToApp('0oaApp', '00u1')).toBe(true);
      expect(await directory.isAssignedToApp('0oaApp', '00u2')).toBe(false);
      expect(await directory.isAssignedToApp('0oaNone', '00u1')).toBe(false);
    });

    it('refuses an app id that is no id', async () => {
      const org = await serveOrg();

      await expect(directoryOf(org).isAssignedToApp('..', '00u1')).rejects.toThrow(ConfigError);
    });
  });
});

describe('checkOktaAccess', () => {
  describe('when everything is in order', () => {
    it('finds nothing', async () => {
      const org = await serveOrg();
      org.assignments.assignUser('0oaApp', '00u0');

      const findings = await checkOktaAccess(
        options(org, { scope: { kind: 'groups', groupIds: ['00ga'] } }),
        { appId: '0oaApp' },
      );

      expect(findings).toEqual([]);
    });
  });

  describe('when the org URL is bad', () => {
    it('finds org-url-invalid, saying what URL to use', async () => {
      const findings = await checkOktaAccess({ orgUrl: 'http://acme.okta.com', token: TOKEN });

      expect(findings.map((finding) => finding.code)).toEqual(['org-url-invalid']);
      expect(findings[0]?.action).toMatch(/use https:\/\/acme\.okta\.com/);
      expect(okta.requests).toHaveLength(0);
    });
  });

  describe('when a setting is bad', () => {
    it('finds settings-invalid naming the field', async () => {
      const findings = await checkOktaAccess({ orgUrl: ORG_URL, token: '' });

      expect(findings.map((finding) => finding.code)).toEqual(['settings-invalid']);
      expect(findings[0]?.action).toMatch(/^token: /);
    });
  });

  describe('when the token is rejected', () => {
    it('finds credentials-rejected only, with what to do, and no token', async () => {
      const org = await serveOrg();

      const findings = await checkOktaAccess(options(org, { token: TOKEN }), { appId: '0oaApp' });

      expect(findings.map((finding) => finding.code)).toEqual(['credentials-rejected']);
      expect(findings[0]?.action).toMatch(/paste the API token again/);
      expect(JSON.stringify(findings.map(({ cause: _, ...rest }) => rest))).not.toContain(TOKEN);
    });
  });

  describe('when the credentials may not read apps or groups', () => {
    it('finds permission-missing per check, naming the scope to grant', async () => {
      const org = await serveOrg();
      org.injectFault({ kind: 'forbidden', path: '/api/v1/apps', times: Number.POSITIVE_INFINITY });
      org.injectFault({
        kind: 'forbidden',
        path: '/api/v1/groups',
        times: Number.POSITIVE_INFINITY,
      });
      const directory = directoryOf(org, { scope: { kind: 'groups', groupIds: ['00ga'] } });

      const findings = await directory.checkAccess({ appId: '0oaApp' });

      expect(findings.map((finding) => [finding.code, finding.check])).toEqual([
        ['permission-missing', "read a group's members"],
        ['permission-missing', "read the admin's app assignment"],
      ]);
      expect(findings[0]?.action).toMatch(/grant the okta\.groups\.read scope/);
      expect(findings[1]?.action).toMatch(/okta\.apps\.read/);
    });
  });

  describe('when the admin is not assigned to the app', () => {
    it('finds admin-not-assigned, saying whom to assign', async () => {
      const org = await serveOrg();
      const directory = directoryOf(org, { scope: { kind: 'app', appId: '0oaApp' } });

      const findings = await directory.checkAccess();

      const login = org.users.get('00u0')?.profile.login;
      expect(findings.map((finding) => finding.code)).toEqual(['admin-not-assigned']);
      expect(findings[0]?.action).toBe(
        `assign ${login} to the app in the Admin Console (the app's Assignments tab)`,
      );
    });

    it('checks a named admin instead of the token’s owner', async () => {
      const org = await serveOrg();

      const findings = await directoryOf(org).checkAccess({ appId: '0oaApp', adminUser: '00u1' });

      expect(findings).toEqual([]);
    });

    it('finds admin-not-found for an admin Okta does not know', async () => {
      const org = await serveOrg();

      const findings = await directoryOf(org).checkAccess({
        appId: '0oaApp',
        adminUser: 'nobody@example.com',
      });

      expect(findings.map((finding) => finding.code)).toEqual(['admin-not-found']);
    });
  });

  describe('when the scope names what Okta does not have', () => {
    it.each([
      [{ kind: 'app', appId: '0oaNone' }, 'app-not-found'],
      [{ kind: 'groups', groupIds: ['00gNone'] }, 'group-not-found'],
      [{ kind: 'search', search: 'profile.department zz "x"' }, 'search-invalid'],
    ] as const)('finds %j as %s', async (scope, code) => {
      const org = await serveOrg();

      const findings = await directoryOf(org, { scope }).checkAccess({ adminUser: '00u1' });

      expect(findings.map((finding) => finding.code)).toContain(code);
    });
  });

  describe('when the org cannot be reached', () => {
    it('finds org-unreachable only', async () => {
      okta.server.use(http.get(`${ORG_URL}/*`, () => Response.error()));

      const findings = await checkOktaAccess(
        { ...isolatedTiming(), orgUrl: ORG_URL, token: TOKEN, maxRetries: 0 },
        { appId: '0oaApp' },
      );

      expect(findings.map((finding) => finding.code)).toEqual(['org-unreachable']);
    });
  });

  describe('when Okta is rate limiting', () => {
    it('finds rate-limited, not a credentials problem', async () => {
      okta.server.use(
        http.get(`${ORG_URL}/*`, () =>
          oktaError(429, readFixture('error-429-too-many-requests.json')),
        ),
      );

      const findings = await checkOktaAccess({
        ...isolatedTiming(),
        orgUrl: ORG_URL,
        token: TOKEN,
        maxRetries: 0,
      });

      expect(findings.map((finding) => finding.code)).toEqual(['rate-limited']);
    });
  });
});
