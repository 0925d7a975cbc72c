import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSetup } from '../../src/oidc/check-setup.js';
import type { SetupSettings } from '../../src/oidc/setup-settings.js';
import { createFakeOrg, createFakeOrgHandlers } from '../../src/testing/fake-org/index.js';
import { clientId, clientSecret, customIssuer, fakeOktaOidc, orgUrl } from './fake-okta-oidc.js';

const org = createFakeOrg({ people: 20, seed: 'check-setup' });
const admin = [...org.users.values()].find((user) => user.status === 'ACTIVE')!;
const adminLogin = String(admin.profile.login);
const server = setupServer();

beforeAll(async () => {
  server.use(...(await fakeOktaOidc()).handlers, ...(await createFakeOrgHandlers(org, orgUrl)));
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => server.close());

beforeEach(() => {
  org.assignments.assignUser(clientId, admin.id);
});

const good: SetupSettings = {
  orgUrl,
  token: org.token,
  issuer: customIssuer,
  clientId,
  clientSecret,
  adminLogin,
};

const codes = async (settings: SetupSettings) =>
  (await checkSetup(settings)).findings.map((finding) => finding.code);

describe('checkSetup', () => {
  describe('when every setting is right', () => {
    it('passes with no findings', async () => {
      expect(await checkSetup(good)).toEqual({ ok: true, findings: [] });
    });

    it("names the token's owner as the admin when no admin login is given", async () => {
      org.setTokenOwner(admin.id);
      const { adminLogin: _, ...withoutAdmin } = good;

      expect(await checkSetup(withoutAdmin)).toEqual({ ok: true, findings: [] });
      org.setTokenOwner(null);
    });
  });

  describe('when a setting is wrong', () => {
    it('reports a wrong client secret', async () => {
      expect(await codes({ ...good, clientSecret: 'wrong' })).toEqual(['client-rejected']);
    });

    it('reports an unknown authorization server, and the client as unchecked', async () => {
      expect(await codes({ ...good, issuer: `${orgUrl}/oauth2/nope` })).toEqual([
        'client-not-checked',
        'issuer-not-found',
      ]);
    });

    it('reports an issuer that Okta names differently, saying what to use', async () => {
      const result = await checkSetup({ ...good, issuer: `${orgUrl}/oauth2/default` });

      expect(result.findings[1]).toMatchObject({
        code: 'issuer-mismatch',
        action: `use exactly ${customIssuer}`,
      });
    });

    it('reports a rejected API token', async () => {
      expect(await codes({ ...good, token: 'not-the-token' })).toEqual(['token-rejected']);
    });

    it('reports an admin not assigned to the app', async () => {
      org.assignments.unassignUser(clientId, admin.id);

      const result = await checkSetup(good);

      expect(result.findings).toEqual([
        expect.objectContaining({ step: 'admin-assignment', code: 'admin-not-assigned' }),
      ]);
      expect(result.findings[0]?.action).toContain(adminLogin);
    });

    it('reports an org URL that is not Okta, and stops there', async () => {
      expect(await codes({ ...good, orgUrl: 'https://example.com' })).toEqual(['org-url-invalid']);
    });
  });

  describe('when several settings are wrong or missing', () => {
    it("reports them in the order of the admin's setup steps", async () => {
      org.assignments.unassignUser(clientId, admin.id);
      const { issuer: _, ...noIssuer } = good;

      const result = await checkSetup({ ...noIssuer, token: 'not-the-token' });

      expect(result.ok).toBe(false);
      expect(result.findings.map((finding) => [finding.step, finding.code])).toEqual([
        ['issuer', 'issuer-missing'],
        ['api-token', 'token-rejected'],
      ]);
    });

    it('never puts a secret in a finding', async () => {
      const result = await checkSetup({
        ...good,
        clientSecret: 'wrong-secret-xyz',
        token: 'tok-abc',
      });
      const text = JSON.stringify(result);

      expect(text).not.toContain('wrong-secret-xyz');
      expect(text).not.toContain('tok-abc');
    });
  });
});
