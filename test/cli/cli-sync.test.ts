import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { TenantExport } from '../../src/engine/export-people.js';
import type { SyncReport } from '../../src/engine/sync-report.js';
import { createFakeOrg, createFakeOrgHandlers } from '../../src/testing/fake-org/index.js';
import { captureIo } from '../support/capture-io.js';

const orgUrl = 'https://acme.okta.com';
const org = createFakeOrg({ people: 300, seed: 'cli' });
let server: ReturnType<typeof setupServer>;
const expected = org.manifest!.expected;
const createdTotal =
  expected.created.active + expected.created.pending + expected.created.suspended;
let db: string;

beforeAll(async () => {
  server = setupServer(...(await createFakeOrgHandlers(org, orgUrl)));
  server.listen({ onUnhandledRequest: 'error' });
  db = mkdtempSync(join(tmpdir(), 'okta-sync-cli-'));
});

afterAll(() => {
  server.close();
  rmSync(db, { recursive: true, force: true });
});

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIo(env);
  const code = await runCli(args, io);

  return { code, stdout: io.out(), stderr: io.err() };
}

describe('okta-sync sync, in-process against https://acme.okta.com', () => {
  it('previews with --dry-run and writes nothing', async () => {
    const run = await cli([
      'sync',
      '--org-url',
      orgUrl,
      '--token',
      org.token,
      '--db',
      db,
      '--dry-run',
      '--json',
    ]);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as SyncReport;
    expect(report.dryRun).toBe(true);
    expect(report.counts.created).toBe(createdTotal);

    const exported = await cli(['export', '--db', db, '--json']);
    expect((JSON.parse(exported.stdout) as TenantExport).people).toEqual([]);
  });

  it('syncs with the org URL and token from the environment and prints only JSON', async () => {
    const env = { OKTA_ORG_URL: orgUrl, OKTA_API_TOKEN: org.token };

    const run = await cli(['sync', '--db', db, '--json'], env);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as SyncReport;
    expect(report.status).toBe('succeeded');
    expect(report.counts).toMatchObject({ created: createdTotal, ignored: expected.ignored });
    expect(report.managers).toEqual(expected.managers);
    const listed = org.manifest!.people - expected.ignored;
    const pages = Math.ceil(listed / 200) + Math.ceil(expected.ignored / 200);
    expect(report.okta.requests).toBe(pages);
  });

  it('reports everyone unchanged on a second run', async () => {
    const run = await cli([
      'sync',
      '--org-url',
      orgUrl,
      '--token',
      org.token,
      '--db',
      db,
      '--json',
    ]);

    const report = JSON.parse(run.stdout) as SyncReport;
    expect(report.counts).toMatchObject({ created: 0, updated: 0, unchanged: createdTotal });
  });

  it('plans with okta-sync plan, the readable form of sync --dry-run', async () => {
    const fresh = join(db, 'plan-only');

    const run = await cli(['plan', '--org-url', orgUrl, '--token', org.token, '--db', fresh]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run (nothing written) succeeded');
    expect(run.stdout).toMatch(/^Would change:\n {2}create +00u\w+/m);
    expect(existsSync(fresh)).toBe(false);
  });

  it('prints a readable summary without --json', async () => {
    const run = await cli(['sync', '--org-url', orgUrl, '--token', org.token, '--db', db]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sync succeeded for tenant default');
    expect(run.stdout).toContain(`unchanged ${createdTotal}`);
    expect(run.stdout).toMatch(/Skipped \(\d+\):\n {2}00u\w+ EMAIL_(MISSING|INVALID): /);
  });

  it('exports the people and teams as a readable table', async () => {
    const run = await cli(['export', '--db', db]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`People (${createdTotal})`);
    expect(run.stdout).toContain(`Teams (${expected.teams.length})`);
  });

  it('exits 3 when the guard holds the sweep', async () => {
    const guardedDb = mkdtempSync(join(tmpdir(), 'okta-sync-cli-guard-'));
    const empty = createFakeOrg({ users: [] });
    const args = ['sync', '--org-url', orgUrl, '--token', org.token, '--db', guardedDb, '--json'];
    await cli(args);
    server.use(...(await createFakeOrgHandlers(empty, orgUrl)));

    const run = await cli(args.map((arg) => (arg === org.token ? empty.token : arg)));

    server.resetHandlers();
    rmSync(guardedDb, { recursive: true, force: true });
    expect(run.code).toBe(3);
    expect((JSON.parse(run.stdout) as SyncReport).status).toBe('guarded');
  });
});

describe('okta-sync with bad input', () => {
  const secret = 'sentinel-secret-4242424242';

  it.each([
    ['an unknown flag', ['sync', '--orgurl', orgUrl], /^okta-sync: unknown option '--orgurl'/],
    [
      'a missing token',
      ['sync', '--org-url', orgUrl, '--db', 'unused'],
      /missing --token or OKTA_API_TOKEN/,
    ],
    [
      'a URL without a scheme',
      ['sync', '--org-url', 'acme.okta.com', '--token', secret],
      /https:\/\/acme\.okta\.com/,
    ],
    ['plain http', ['sync', '--org-url', 'http://acme.okta.com', '--token', secret], /https/],
    ['a missing store', ['export', '--db', '/nonexistent/okta-sync-store'], /no store at/],
    ['an unknown command', ['synk'], /^okta-sync: unknown command 'synk' \(Did you mean sync\?\)$/],
    [
      'a loopback org over http without --allow-http',
      ['sync', '--org-url', 'http://127.0.0.1:1', '--token', secret],
      /opt in with allowHttp \(--allow-http\)$/,
    ],
    ['a port out of range', ['fake-org', '--port', '70000'], /^okta-sync: --port: /],
  ])('exits 1 on %s with one line naming what to fix', async (_case, args, message) => {
    const run = await cli(args);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain(secret);
  });

  it('exits 1 when --db is a file, saying it must be a folder', async () => {
    const file = join(db, 'not-a-folder.txt');
    writeFileSync(file, 'x');

    const run = await cli(['export', '--db', file]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`okta-sync: --db must be a folder, and ${file} is a file\n`);
  });

  it('previews a dry run into a missing folder without creating it', async () => {
    const missing = join(db, 'never-created');

    const run = await cli([
      'sync',
      '--org-url',
      orgUrl,
      '--token',
      org.token,
      '--db',
      missing,
      '--dry-run',
    ]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run (nothing written) succeeded');
    expect(existsSync(missing)).toBe(false);
  });

  it("puts a failed run's error on stderr as one line without --json", async () => {
    const run = await cli(['sync', '--org-url', orgUrl, '--token', secret, '--db', db]);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^okta-sync: ERR_OKTA_UNAUTHORIZED: [^\n]+\n$/);
    expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it('exits 2 on a token Okta rejects, without echoing it', async () => {
    const run = await cli(['sync', '--org-url', orgUrl, '--token', secret, '--db', db, '--json']);

    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as SyncReport;
    expect(report.error?.code).toBe('ERR_OKTA_UNAUTHORIZED');
    expect(run.stdout + run.stderr).not.toContain(secret);
  });
});
