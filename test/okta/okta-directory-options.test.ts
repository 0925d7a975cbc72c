import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { OrgUrlError } from '../../src/errors/org-url-error.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import {
  generateUsers,
  isolatedTiming,
  ORG_URL,
  oktaJson,
  TOKEN,
  USERS_URL,
  useOktaTestServer,
} from './okta-test-server.js';

const okta = useOktaTestServer();

/** Runs `work` with an okta.yaml holding `yaml` in the working directory. */
async function withOktaYaml(yaml: string, work: () => Promise<void>): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'okta-yaml-'));
  writeFileSync(join(directory, 'okta.yaml'), yaml);
  vi.spyOn(process, 'cwd').mockReturnValue(directory);

  try {
    await work();
  } finally {
    vi.restoreAllMocks();
    rmSync(directory, { recursive: true });
  }
}

function catchCreateError(options: Partial<OktaDirectoryOptions>): unknown {
  try {
    createOktaDirectory({ ...isolatedTiming(), orgUrl: ORG_URL, token: TOKEN, ...options });
  } catch (error) {
    return error;
  }

  return undefined;
}

async function listOnce(options: Partial<OktaDirectoryOptions> = {}) {
  okta.server.use(http.get(USERS_URL, () => oktaJson(generateUsers(1))));
  const directory = createOktaDirectory({
    ...isolatedTiming(),
    orgUrl: ORG_URL,
    token: TOKEN,
    ...options,
  });

  for await (const page of directory.listUsers({ listing: 'current' })) {
    return page;
  }

  return undefined;
}

describe('createOktaDirectory() options', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  describe('when an option is out of range', () => {
    it.each([
      [{ pageSize: 0 }, 'pageSize'],
      [{ pageSize: 201 }, 'pageSize'],
      [{ pageSize: 1.5 }, 'pageSize'],
      [{ maxRetries: -1 }, 'maxRetries'],
      [{ token: '' }, 'token'],
      [{ token: '   ' }, 'token'],
      [{ token: `SSWS ${TOKEN}` }, 'token'],
      [{ token: `${TOKEN.slice(0, 10)}\n${TOKEN.slice(10)}` }, 'token'],
      [{ userAgent: 'host\r\nX-Evil: 1' }, 'userAgent'],
    ])('rejects %j with a ConfigError naming %s', (options, field) => {
      const error = catchCreateError(options);

      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.field)).toEqual([field]);
      expect((error as ConfigError).message).not.toContain(TOKEN.slice(10));
    });
  });

  describe('when the org URL breaks a rule', () => {
    it('rejects with an OrgUrlError', () => {
      const error = catchCreateError({ orgUrl: 'acme.okta.com' });

      expect(error).toBeInstanceOf(OrgUrlError);
      expect((error as OrgUrlError).rule).toBe('malformed');
    });
  });

  describe('when the org URL is a custom domain', () => {
    it('refuses it unless allowedHosts lists it', () => {
      const orgUrl = 'https://login.acme-corp.com';
      const refused = catchCreateError({ orgUrl });
      const allowed = catchCreateError({ orgUrl, allowedHosts: ['login.acme-corp.com'] });

      expect((refused as OrgUrlError).rule).toBe('host-not-allowed');
      expect(allowed).toBeUndefined();
    });
  });

  describe('when the org URL has a trailing slash or is an issuer', () => {
    it.each([`${ORG_URL}/`, `${ORG_URL}/oauth2/default`])('lists from %s', async (orgUrl) => {
      await listOnce({ orgUrl });

      expect(okta.requests[0]?.url).toBe(`${USERS_URL}?limit=200`);
    });
  });

  describe('when a page size is given', () => {
    it('sends it as the limit', async () => {
      await listOnce({ pageSize: 50 });

      expect(new URL(okta.requests[0]?.url ?? '').searchParams.get('limit')).toBe('50');
    });
  });

  describe('when OKTA_CLIENT_* variables are set in the environment', () => {
    it('uses the explicit org URL, token and auth mode instead', async () => {
      vi.stubEnv('OKTA_CLIENT_ORGURL', 'https://other.okta.com');
      vi.stubEnv('OKTA_CLIENT_TOKEN', 'env-token');
      vi.stubEnv('OKTA_CLIENT_AUTHORIZATIONMODE', 'PrivateKey');

      await listOnce();

      expect(okta.requests[0]?.url).toBe(`${USERS_URL}?limit=200`);
      expect(okta.requests[0]?.headers.get('authorization')).toBe(`SSWS ${TOKEN}`);
    });
  });

  describe('when an okta.yaml in the working directory sets the client', () => {
    it('uses the explicit org URL, token and user agent instead', async () => {
      const yaml = [
        'okta:',
        '  client:',
        '    orgUrl: https://other.okta.com',
        '    token: yaml-token',
        '    authorizationMode: PrivateKey',
        '    userAgent: yaml-agent',
      ].join('\n');

      await withOktaYaml(yaml, async () => {
        await listOnce();
      });

      const [request] = okta.requests;
      expect(request?.url).toBe(`${USERS_URL}?limit=200`);
      expect(request?.headers.get('authorization')).toBe(`SSWS ${TOKEN}`);
      expect(request?.headers.get('user-agent')).toMatch(/^@learnamp\/okta-sync /);
    });
  });

  describe('when an okta.yaml in the working directory is broken', () => {
    it('rejects with a ConfigError naming the file', async () => {
      await withOktaYaml('okta: [unclosed', async () => {
        const error = catchCreateError({});

        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).issues[0]?.field).toBe('okta.yaml');
      });
    });
  });

  describe('when the request goes out', () => {
    it('asks for JSON and names the library, or the host, in the User-Agent', async () => {
      await listOnce();
      await listOnce({ userAgent: 'acme-lms/2.0' });

      const [first, second] = okta.requests.map((request) => request.headers);
      expect(first?.get('accept')).toBe('application/json');
      expect(first?.get('user-agent')).toMatch(
        /^@learnamp\/okta-sync @okta\/okta-sdk-nodejs\/8\.1\.0 /,
      );
      expect(second?.get('user-agent')).toMatch(/^acme-lms\/2\.0 @okta\/okta-sdk-nodejs\/8\.1\.0 /);
    });
  });
});
