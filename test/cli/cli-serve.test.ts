import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runServe } from '../../src/cli/commands/serve-command.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { TenantExport } from '../../src/engine/export-people.js';
import {
  createFakeOrg,
  type FakeOrg,
  type FakeOrgServer,
  serveFakeOrg,
} from '../../src/testing/fake-org/index.js';
import {
  castOf,
  expectEffects,
  hookSecret,
  playDeliveries,
  waitForOutput,
} from '../hooks/serve-scenario.js';
import { captureIo } from '../support/capture-io.js';

let org: FakeOrg;
let orgServer: FakeOrgServer;
const dirs: string[] = [];

// Each test changes the org, so each gets a fresh one.
beforeEach(async () => {
  org = createFakeOrg({ people: 40, seed: 'serve' });
  orgServer = await serveFakeOrg(org);
});

afterEach(() => orgServer.close());

afterAll(() => {
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli(args, io);

  return { code, stdout: io.out(), stderr: io.err() };
}

/** A store synced once from the fake org, as serve finds it. */
async function syncedStore(): Promise<{ db: string; synced: TenantExport }> {
  const db = mkdtempSync(join(tmpdir(), 'okta-sync-serve-'));
  dirs.push(db);
  const sync = await cli([
    'sync',
    '--org-url',
    orgServer.url,
    '--token',
    org.token,
    '--allow-http',
    '--db',
    db,
  ]);
  expect(sync.code).toBe(0);

  return { db, synced: await exported(db) };
}

async function exported(db: string): Promise<TenantExport> {
  const run = await cli(['export', '--db', db, '--json']);

  return JSON.parse(run.stdout) as TenantExport;
}

function hookUrlIn(output: string): string {
  const url = /Listening on (\S+)/.exec(output)?.[1];
  expect(url).toBeDefined();

  return url!;
}

describe('okta-sync serve against okta-sync fake-org over real HTTP', () => {
  describe('when run in-process', () => {
    it('applies a new starter, a title change and a leaver to the store', {
      timeout: 90_000,
    }, async () => {
      const { db, synced } = await syncedStore();
      const cast = castOf(org, synced);
      const io = captureIo({ OKTA_HOOK_SECRET: hookSecret });
      let stop = () => {};
      const stopped = new Promise<void>((resolve) => {
        stop = resolve;
      });
      const flags = {
        orgUrl: orgServer.url,
        token: org.token,
        port: '0',
        host: '127.0.0.1',
        db,
        tenant: 'default',
        allowHttp: true,
      };

      const serving = runServe(flags, io, stopped);
      await waitForOutput(io.out, 'Listening on');
      await playDeliveries(org, cast, hookUrlIn(io.out()), io.out);
      stop();

      expect(await serving).toBe(0);
      expectEffects(await exported(db), cast);
    });
  });

  describe('when spawned as the okta-sync command', () => {
    it('applies the same deliveries and stops on SIGTERM', { timeout: 90_000 }, async () => {
      const { db, synced } = await syncedStore();
      const cast = castOf(org, synced);
      const tsx = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
      const args = ['src/cli/main.ts', 'serve', '--org-url', orgServer.url, '--allow-http'];
      const child = spawn(
        process.execPath,
        [tsx, ...args, '--token', org.token, '--port', '0', '--db', db],
        {
          env: { ...process.env, OKTA_HOOK_SECRET: hookSecret },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += String(chunk);
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

      await waitForOutput(() => output, 'Listening on', 30_000);
      await playDeliveries(org, cast, hookUrlIn(output), () => output);
      child.kill('SIGTERM');

      expect(await exited).toBe(0);
      expectEffects(await exported(db), cast);
    });
  });
});
