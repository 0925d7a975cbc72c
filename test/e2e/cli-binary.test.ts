import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantExport } from '../../src/engine/export-people.js';
import type { SyncReport } from '../../src/engine/sync-report.js';
import type { OrgManifest } from '../../src/testing/fake-org/org-manifest.js';

const binary = resolve('dist/cli/main.js');

interface FakeOrgInfo {
  url: string;
  token: string;
  manifest: string;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runBinary(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [binary, ...args], (error, stdout, stderr) => {
      const code = error ? Number(error.code ?? 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

function startFakeOrg(): Promise<{ child: ChildProcess; info: FakeOrgInfo }> {
  const child = spawn(process.execPath, [
    binary,
    'fake-org',
    '--people',
    '400',
    '--seed',
    'e2e',
    '--json',
  ]);
  const lines = createInterface({ input: child.stdout! });

  return new Promise((done, fail) => {
    lines.once('line', (line) => done({ child, info: JSON.parse(line) as FakeOrgInfo }));
    child.once('exit', (code) => fail(new Error(`fake-org exited early with ${code}`)));
  });
}

describe('the built okta-sync binary against okta-sync fake-org over real HTTP', () => {
  let fakeOrg: ChildProcess;
  let info: FakeOrgInfo;
  let manifest: OrgManifest;
  let db: string;

  beforeAll(async () => {
    expect(existsSync(binary), 'run npm run build first (npm test does)').toBe(true);
    ({ child: fakeOrg, info } = await startFakeOrg());
    manifest = JSON.parse(readFileSync(info.manifest, 'utf8')) as OrgManifest;
    db = mkdtempSync(join(tmpdir(), 'okta-sync-e2e-'));
  });

  afterAll(() => {
    fakeOrg?.kill('SIGTERM');
    rmSync(db, { recursive: true, force: true });
  });

  const syncArgs = () => [
    'sync',
    '--org-url',
    info.url,
    '--allow-http',
    '--token',
    info.token,
    '--db',
    db,
    '--json',
  ];

  it('syncs twice, the second time with nothing to change, and exports the manifest', async () => {
    const { created, skipped, ignored } = manifest.expected;
    const createdTotal = created.active + created.pending + created.suspended;

    const first = await runBinary(syncArgs());

    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as SyncReport;
    expect(report.status).toBe('succeeded');
    expect(report.counts).toMatchObject({
      created: createdTotal,
      pending: created.pending,
      skipped: skipped.EMAIL_MISSING + skipped.EMAIL_INVALID,
      ignored,
    });
    expect(report.okta.requests).toBeGreaterThanOrEqual(3);

    const second = await runBinary(syncArgs());

    expect(second.code).toBe(0);
    const again = JSON.parse(second.stdout) as SyncReport;
    expect(again.counts).toMatchObject({
      created: 0,
      linked: 0,
      updated: 0,
      deactivated: 0,
      reactivated: 0,
      unchanged: createdTotal,
      pending: report.counts.pending,
      skipped: report.counts.skipped,
    });
    expect(again.skipped).toEqual(report.skipped);
    expect(again.managers.pending).toBe(report.managers.pending);

    const exported = await runBinary(['export', '--db', db, '--json']);

    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.stdout) as TenantExport;
    const people = data.people
      .map(({ id: _id, ...person }) => person)
      .sort((a, b) => String(a.oktaId).localeCompare(String(b.oktaId)));
    const expected = [...manifest.expected.persons].sort((a, b) =>
      a.oktaId.localeCompare(b.oktaId),
    );
    expect(people).toEqual(expected);
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    const teams = data.teams.map((team) => ({ name: team.name, size: team.members }));
    expect(teams.sort(byName)).toEqual([...manifest.expected.teams].sort(byName));
    expect(data.teams.every((team) => team.managerOktaId === null)).toBe(true);
  });

  it('refuses a wrong token with a coded one-line error that does not echo it', async () => {
    const secret = 'sentinel-token-value-0123456789';
    const args = syncArgs();
    args[args.indexOf(info.token)] = secret;

    const run = await runBinary(args);

    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as SyncReport;
    expect(report.error?.code).toBe('ERR_OKTA_UNAUTHORIZED');
    expect(run.stdout + run.stderr).not.toContain(secret);
  });
});
