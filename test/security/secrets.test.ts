import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { runServe } from '../../src/cli/commands/serve-command.js';
import { runCli } from '../../src/cli/run-cli.js';
import { exportTenant } from '../../src/engine/export-people.js';
import { createSyncEngine, type SyncEngine } from '../../src/engine/sync-engine.js';
import { describeError } from '../../src/errors/describe-error.js';
import { StoreError } from '../../src/errors/store-error.js';
import { createEventHookHandler } from '../../src/hooks/event-hook-handler.js';
import { buildSampleDelivery } from '../../src/hooks/sample-delivery.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import { RateBudgetRegistry } from '../../src/okta/rate-budget-registry.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { createFakeOrg } from '../../src/testing/fake-org/create-fake-org.js';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { createVirtualTimer } from '../../src/testing/fake-org/virtual-timer.js';
import { overrideStore } from '../engine/store-wrapper.js';
import { recordingQueue } from '../hooks/hook-fixtures.js';
import { people } from '../reliability/fault-rig.js';
import { closeFronts, type FrontServer, serveFront } from '../reliability/front-server.js';
import { captureIo } from '../support/capture-io.js';
import { OutputChannels, PRIVATE_KEY_PEM, PUBLIC_KEY_PEM, sentinels } from './secret-sentinels.js';

const channels = new OutputChannels();
const dirs: string[] = [];

afterEach(closeFronts);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'okta-sync-secrets-'));
  dirs.push(dir);

  return dir;
}

/** A 10-person fake org that takes the sentinel token, and a service app. */
async function sentinelOrg(
  publicKey = PUBLIC_KEY_PEM,
): Promise<{ org: FakeOrg; front: FrontServer }> {
  const org = createFakeOrg({
    users: people(10),
    token: sentinels.token,
    serviceApp: { clientId: '0oasentinelapp', publicKey },
  });

  return { org, front: await serveFront(org) };
}

/** Runs the CLI in-process and collects both of its streams. */
async function cli(name: string, argv: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIo(env);
  const code = await runCli(argv, io);
  channels.add(`${name} stdout`, io.out());
  channels.add(`${name} stderr`, io.err());

  return { code, stdout: io.out(), stderr: io.err() };
}

describe('the sentinel search itself', () => {
  describe('when a secret hides deep in an error cause', () => {
    it('finds it', () => {
      const probe = new OutputChannels();
      const headers = { authorization: `SSWS ${sentinels.token}` };
      probe.addError('probe', new Error('failed', { cause: { request: { headers } } }));

      expect(() => probe.expectNoSecret()).toThrow();
    });
  });
});

describe('secrets through every CLI command', () => {
  describe('when sync, export and check succeed or fail in every way provoked', () => {
    it('prints no token, password, client secret or key on stdout or stderr', async () => {
      const { front } = await sentinelOrg();
      const db = tempDir();
      const sync = ['sync', '--org-url', front.url, '--allow-http', '--db', db];
      const password = `http://admin:${sentinels.password}@${front.url.slice('http://'.length)}`;
      const check = [
        'check',
        '--org-url',
        front.url,
        '--allow-http',
        '--client-id',
        '0oasentinelapp',
      ];

      const good = await cli('sync', [...sync, '--token', sentinels.token]);
      await cli('export --json', ['export', '--db', db, '--json']);
      const wrong = await cli('sync, bad token', [...sync, '--json'], {
        OKTA_API_TOKEN: sentinels.wrongToken,
      });
      const withPassword = await cli('sync, password URL', [
        ...['sync', '--org-url', password, '--allow-http', '--token', sentinels.token],
      ]);
      const broken = await cli('sync, token with a line break', [
        ...[...sync, '--token', `${sentinels.token}\nX: 1`],
      ]);
      await cli('check', [
        ...[...check, '--token', sentinels.wrongToken, '--client-secret', sentinels.clientSecret],
        ...['--issuer', `${front.url}/oauth2/default`, '--json'],
      ]);
      await cli('check, password URL', ['check', '--org-url', password, '--allow-http']);

      expect([good, wrong, withPassword, broken].map((run) => run.code)).toEqual([0, 2, 1, 1]);
      expect(wrong.stdout).toContain('ERR_OKTA_UNAUTHORIZED');
      channels.expectNoSecret();
    });
  });

  describe('when serve takes hook deliveries with the right and a wrong secret', () => {
    it('prints no hook secret or token', async () => {
      const { front } = await sentinelOrg();
      const io = captureIo({
        OKTA_HOOK_SECRET: sentinels.hookSecret,
        OKTA_API_TOKEN: sentinels.token,
      });
      let stop: () => void = () => undefined;
      const stopped = new Promise<void>((resolve) => {
        stop = resolve;
      });
      const flags = {
        orgUrl: front.url,
        allowHttp: true,
        port: '0',
        host: '127.0.0.1',
        db: tempDir(),
        tenant: 'acme',
      };
      const serving = runServe(flags, io, stopped);
      const url = await hookUrl(io);
      const delivery = JSON.stringify(
        buildSampleDelivery([
          { eventType: 'user.lifecycle.create', userId: people(1)[0]!.id, uuid: 'e1' },
        ]),
      );
      const answers = [
        await fetch(url, {
          method: 'POST',
          headers: { authorization: sentinels.hookSecret },
          body: delivery,
        }),
        await fetch(url, {
          method: 'POST',
          headers: { authorization: `${sentinels.hookSecret}x` },
          body: delivery,
        }),
        await fetch(url, { headers: { 'x-okta-verification-challenge': 'c' } }),
      ];
      for (const answer of answers) channels.add('serve answer', await answer.text());
      stop();

      expect(await serving).toBe(0);
      expect(answers.map((answer) => answer.status)).toEqual([200, 401, 200]);
      channels.add('serve stdout', io.out());
      channels.add('serve stderr', io.err());
      channels.expectNoSecret();
    });
  });
});

async function hookUrl(io: ReturnType<typeof captureIo>): Promise<string> {
  for (let tries = 0; tries < 200; tries += 1) {
    const found = /Listening on (\S+)/.exec(io.out())?.[1];
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }

  throw new Error('serve never said where it listens');
}

/** An engine over the sentinel org whose every output is collected. */
function watchedEngine(
  name: string,
  directory: OktaDirectoryOptions,
  store: SyncStore = createMemoryStore(),
) {
  const engine = createSyncEngine({
    store,
    directory: createOktaDirectory({
      allowHttp: true,
      rateBudgets: new RateBudgetRegistry(),
      timer: createVirtualTimer(),
      pageSize: 3,
      ...directory,
    }),
    logger: channels.logger(`${name} logger`),
  });
  const events = [
    'run:started',
    'run:progress',
    'run:completed',
    'run:failed',
    'person:skipped',
    'person:notice',
    'guard:held',
  ] as const;
  for (const event of events) {
    engine.events.on(event, (payload: unknown) => channels.add(`${name} ${event}`, payload));
  }

  return { engine, store };
}

async function syncAndCollect(name: string, engine: SyncEngine, store: SyncStore) {
  const report = await engine.fullSync({ tenantId: 'acme' }).catch((error: unknown) => {
    channels.addError(`${name} rejection`, error);
    return null;
  });
  channels.add(`${name} report`, report);
  channels.add(`${name} export`, await exportTenant(store, 'acme'));
  channels.add(`${name} runs`, await store.lastReport('acme'));

  return report;
}

describe('secrets through the engine, its events, logger, reports and store', () => {
  describe('when the token is good, wrong, or revoked mid-run', () => {
    it('keeps every token out of every channel', async () => {
      const { org, front } = await sentinelOrg();
      const good = watchedEngine('good', { orgUrl: front.url, token: sentinels.token });
      const wrong = watchedEngine('wrong', { orgUrl: front.url, token: sentinels.wrongToken });
      const revoked = watchedEngine('revoked', { orgUrl: front.url, token: sentinels.token });

      expect((await syncAndCollect('good', good.engine, good.store))?.status).toBe('succeeded');
      expect((await syncAndCollect('wrong', wrong.engine, wrong.store))?.error?.code).toBe(
        'ERR_OKTA_UNAUTHORIZED',
      );
      org.injectFault({ kind: 'revoke-token', skip: 1 });
      expect((await syncAndCollect('revoked', revoked.engine, revoked.store))?.status).toBe(
        'failed',
      );
      channels.expectNoSecret();
    });
  });

  describe('when the org is unreachable, or the URL carries a password', () => {
    it('keeps the token and the password out of every channel', async () => {
      const closed = await serveFront(null);
      await closed.close();
      const unreachable = watchedEngine('unreachable', {
        orgUrl: closed.url,
        token: sentinels.token,
        maxRetries: 1,
      });
      const password = closed.url.replace('http://', `http://admin:${sentinels.password}@`);

      const report = await syncAndCollect('unreachable', unreachable.engine, unreachable.store);
      const refused = (() => {
        try {
          return createOktaDirectory({ orgUrl: password, token: sentinels.token, allowHttp: true });
        } catch (error) {
          return error;
        }
      })();
      channels.addError('password URL', refused);

      expect(report?.error?.code).toBe('ERR_OKTA_NETWORK');
      expect(describeError(refused).code).toBe('ERR_ORG_URL_INVALID');
      channels.expectNoSecret();
    });
  });

  describe('when the store fails', () => {
    it('keeps the token out of the report and the store', async () => {
      const { front } = await sentinelOrg();
      const failing = overrideStore(createMemoryStore(), {
        savePeople: () => Promise.reject(new StoreError('the host database is down')),
      });
      const broken = watchedEngine(
        'store failure',
        { orgUrl: front.url, token: sentinels.token },
        failing,
      );

      const report = await syncAndCollect('store failure', broken.engine, broken.store);

      expect(report?.status).toBe('partial');
      expect(report?.failures).toHaveLength(10);
      channels.expectNoSecret();
    });
  });

  describe('when a service app signs in with its key, or with a key Okta does not know', () => {
    it('keeps every line of the key out of every channel', async () => {
      const { front } = await sentinelOrg();
      const serviceApp = { clientId: '0oasentinelapp', privateKey: PRIVATE_KEY_PEM, keyId: 'k1' };
      const signedIn = watchedEngine('service app', { orgUrl: front.url, serviceApp });
      const { front: otherFront } = await sentinelOrg(otherPublicKey());
      const refused = watchedEngine('unknown key', { orgUrl: otherFront.url, serviceApp });

      expect((await syncAndCollect('service app', signedIn.engine, signedIn.store))?.status).toBe(
        'succeeded',
      );
      expect(
        (await syncAndCollect('unknown key', refused.engine, refused.store))?.error?.code,
      ).toBe('ERR_OKTA_UNAUTHORIZED');
      channels.expectNoSecret();
    });
  });

  describe('when settings are refused', () => {
    it('names the field, never the secret', async () => {
      const { front } = await sentinelOrg();
      const attempts: (() => unknown)[] = [
        () =>
          createOktaDirectory({
            orgUrl: front.url,
            allowHttp: true,
            token: `${sentinels.token} x`,
          }),
        () =>
          createOktaDirectory({
            orgUrl: front.url,
            allowHttp: true,
            token: sentinels.token,
            serviceApp: { clientId: 'a', privateKey: PRIVATE_KEY_PEM },
          }),
        () =>
          createOktaDirectory({
            orgUrl: front.url,
            allowHttp: true,
            serviceApp: { clientId: 'a b', privateKey: PRIVATE_KEY_PEM.slice(0, 200) },
          }),
        () =>
          createEventHookHandler({
            queue: recordingQueue(),
            tenantId: 'acme',
            secret: `${sentinels.hookSecret}\n`,
            headerName: 'bad header',
          }),
      ];

      for (const attempt of attempts) {
        expect(attempt).toThrow();
        try {
          attempt();
        } catch (error) {
          channels.addError('refused settings', error);
        }
      }

      channels.expectNoSecret();
    });
  });
});

/** The public half of a key pair the service app does not hold. */
function otherPublicKey(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
