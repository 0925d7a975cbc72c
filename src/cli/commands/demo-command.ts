import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { createPgliteStore } from '../../adapters/postgres/pglite-store.js';
import { exportTenant, type TenantExport } from '../../engine/export-people.js';
import { createSyncEngine } from '../../engine/sync-engine.js';
import type { SyncReport } from '../../engine/sync-report.js';
import { createOktaDirectory } from '../../okta/sdk-okta-directory.js';
import { startFakeOrgServer } from '../../testing/fake-org/index.js';
import { checkAgainstManifest } from '../../testing/manifest-check.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { playDemoHooks } from '../demo-hooks.js';
import { exitCodes } from '../exit-codes.js';
import { formatReport, formatSkips } from '../format-report.js';
import { showProgress } from '../progress.js';
import { toInteger } from './fake-org-command.js';

const sampleSize = 8;

/** Flags of `okta-sync demo`. */
export interface DemoFlags {
  people: string;
  seed: string;
}

/** Registers `okta-sync demo`. */
export function addDemoCommand(program: Command, io: CliIo, done: (code: number) => void) {
  program
    .command('demo')
    .description('sync a generated Okta org over real HTTP into a fresh store and check it')
    .option('--people <n>', 'number of people in the fake org', '2000')
    .option('--seed <seed>', 'generator seed', '1')
    .action(async (flags: DemoFlags) => done(await runDemo(flags, io)));
}

/**
 * The main job, end to end: a fake org served on 127.0.0.1, a full sync
 * through the Okta SDK into a fresh PGlite store, a readable summary, and
 * a check against the org's ground-truth manifest.
 */
export async function runDemo(flags: DemoFlags, io: CliIo): Promise<number> {
  const people = toInteger(flags.people, '--people', 1);
  const dataDir = mkdtempSync(join(tmpdir(), 'okta-sync-demo-'));
  const closers: (() => Promise<void>)[] = [
    async () => rmSync(dataDir, { recursive: true, force: true }),
  ];

  try {
    const store = await createPgliteStore({ dataDir });
    closers.unshift(() => store.close());
    const org = await startFakeOrgServer({ people, seed: flags.seed, port: 0 });
    closers.unshift(() => org.close());
    writeLine(io.stdout, `Fake Okta org with ${people} people on ${org.url}`);
    const directory = createOktaDirectory({ orgUrl: org.url, token: org.token, allowHttp: true });
    const engine = createSyncEngine({ store, directory });
    const stopProgress = showProgress(engine, io.stderr, people);
    const report = await engine.fullSync({ tenantId: 'demo' });
    stopProgress();
    const data = await exportTenant(store, 'demo');
    printSummary(io, report, data);
    const mismatches = checkAgainstManifest(org.manifest, report, data);
    const context = { org: org.org, engine, store, tenantId: 'demo', synced: data };
    mismatches.push(...(await playDemoHooks(io, context)));

    return judge(io, mismatches, report);
  } finally {
    for (const close of closers) {
      await close();
    }
  }
}

function printSummary(io: CliIo, report: SyncReport, data: TenantExport) {
  const lines = [
    ...formatReport(report),
    '',
    `Teams (${data.teams.length}):`,
    ...data.teams.map((team) => `  ${team.name.padEnd(24)} ${team.members} people`),
    '',
    'A sample of people:',
    ...samplePeople(data),
    '',
    ...formatSkips(report),
  ];

  for (const line of lines) {
    writeLine(io.stdout, line);
  }
}

function samplePeople(data: TenantExport): string[] {
  const names = new Map(data.people.map((person) => [person.oktaId, person.fullName]));
  const step = Math.max(1, Math.floor(data.people.length / sampleSize));
  const sample = data.people.filter((_, index) => index % step === 0).slice(0, sampleSize);

  return sample.map((person) => {
    const manager = person.managerOktaId ? names.get(person.managerOktaId) : undefined;
    const managerText = manager ?? (person.managerPending ? 'pending' : 'none');

    return (
      `  ${person.fullName} (${person.jobTitle ?? 'no title'}, ${person.team ?? 'no team'})` +
      `, ${person.status}, manager: ${managerText}`
    );
  });
}

function judge(io: CliIo, mismatches: string[], report: SyncReport): number {
  writeLine(io.stdout, '');

  if (mismatches.length === 0 && report.status === 'succeeded') {
    writeLine(io.stdout, "The store matches the fake org's manifest, and every hook took effect.");
    return exitCodes.succeeded;
  }

  writeLine(io.stdout, "The store does NOT match the fake org's manifest:");
  for (const mismatch of mismatches) {
    writeLine(io.stdout, `  ${mismatch}`);
  }

  return exitCodes.failed;
}
