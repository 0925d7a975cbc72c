import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createFakeOrg, createFakeOrgHandlers } from '../../src/testing/fake-org/index.js';
import { captureIo } from '../support/capture-io.js';
import { clientId, clientSecret, customIssuer, fakeOktaOidc, orgUrl } from './fake-okta-oidc.js';

const org = createFakeOrg({ people: 10, seed: 'check-command' });
const admin = [...org.users.values()].find((user) => user.status === 'ACTIVE')!;
const server = setupServer();

beforeAll(async () => {
  server.use(...(await fakeOktaOidc()).handlers, ...(await createFakeOrgHandlers(org, orgUrl)));
  server.listen({ onUnhandledRequest: 'error' });
  org.assignments.assignUser(clientId, admin.id);
});

afterAll(() => server.close());

async function check(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIo(env);
  const code = await runCli(['check', '--org-url', orgUrl, ...args], io);

  return { code, stdout: io.out(), stderr: io.err() };
}

const appFlags = ['--issuer', customIssuer, '--client-id', clientId];

describe('okta-sync check', () => {
  describe('when everything is set up', () => {
    it('says so and exits 0', async () => {
      const run = await check(
        [...appFlags, '--token', org.token, '--admin-login', String(admin.profile.login)],
        { OKTA_CLIENT_SECRET: clientSecret },
      );

      expect(run.stdout).toMatch(/^All checks passed/);
      expect(run.code).toBe(0);
    });
  });

  describe('when steps went wrong', () => {
    it('prints one line per problem in setup order and exits 2', async () => {
      org.assignments.unassignUser(clientId, admin.id);

      const run = await check([
        ...appFlags,
        '--client-secret',
        'wrong-secret',
        '--token',
        org.token,
        '--admin-login',
        String(admin.profile.login),
      ]);

      org.assignments.assignUser(clientId, admin.id);
      const lines = run.stdout.trim().split('\n');
      expect(run.code).toBe(2);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^✗ step 4, client id and secret: Okta rejected .* Fix: copy/);
      expect(lines[1]).toMatch(/^✗ step 6, admin assigned to the app: .* Fix: assign /);
      expect(run.stdout).not.toContain('wrong-secret');
    });

    it('reports a missing token and app settings without calling them errors of use', async () => {
      const run = await check([]);

      expect(run.code).toBe(2);
      expect(run.stdout).toContain(
        'step 4, client id and secret: The client id or client secret is missing',
      );
      expect(run.stdout).toContain('step 7, API token: The API token is missing');
    });

    it('prints JSON findings with --json', async () => {
      const run = await check([...appFlags, '--client-secret', clientSecret, '--json']);

      expect(JSON.parse(run.stdout)).toEqual({
        ok: false,
        findings: [expect.objectContaining({ step: 'api-token', code: 'token-missing' })],
      });
    });
  });

  describe('with --hook-url', () => {
    const hookUrl = 'https://learn.example.com/tenants/acme/okta/event-hooks';
    const full = () => [
      ...appFlags,
      '--client-secret',
      clientSecret,
      '--token',
      org.token,
      '--admin-login',
      String(admin.profile.login),
      '--hook-url',
      hookUrl,
    ];

    it('checks the org’s hook for it, and says so when it works', async () => {
      org.eventHooks = [{ uri: hookUrl }];

      const run = await check(full());

      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^All checks passed: the event hook, the issuer/);
    });

    it('reports a token pasted with its SSWS prefix as an API token problem', async () => {
      const run = await check(['--token', `SSWS ${org.token}`, '--json']);

      expect(JSON.parse(run.stdout).findings).toContainEqual(
        expect.objectContaining({ step: 'api-token', code: 'settings-invalid' }),
      );
    });

    it('reports an unverified hook as step 2, first', async () => {
      org.eventHooks = [{ uri: hookUrl, verificationStatus: 'UNVERIFIED' }];

      const run = await check(full());

      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/^✗ step 2, event hooks: The event hook .* is not verified/);
      org.eventHooks = [];
    });
  });

  describe('when the org URL is missing', () => {
    it('is a usage error', async () => {
      const io = captureIo();

      expect(await runCli(['check'], io)).toBe(1);
      expect(io.err()).toContain('missing --org-url');
    });
  });
});
