import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createPgliteStore } from '../../src/adapters/postgres/pglite-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import type { SyncStore } from '../../src/ports/sync-store.js';
import { ResumableDirectory } from '../support/resumable-directory.js';
import { resumeOrg } from '../support/resume-org.js';

const tenantId = 'resume';
const pageSize = 3;
const killedAfter = 2;
const child = fileURLToPath(new URL('../support/sync-child.ts', import.meta.url));
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'okta-sync-kill-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the child sync and resolves once it checkpointed page `k`. */
function syncUntilCheckpoint(k: number): Promise<ChildProcess> {
  const process = spawn(
    globalThis.process.execPath,
    ['--import', 'tsx', child, dataDir, String(k), String(pageSize)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  process.stderr?.on('data', (chunk) => (errors += String(chunk)));

  return new Promise((resolve, reject) => {
    process.stdout?.on('data', (chunk) => {
      if (String(chunk).includes(`checkpointed ${k}`)) resolve(process);
    });
    process.once('exit', (code) => reject(new Error(`child exited ${code}: ${errors}`)));
  });
}

function killed(process: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    process.once('exit', (_code, signal) => resolve(signal));
    process.kill('SIGKILL');
  });
}

async function peopleOf(store: SyncStore) {
  const people = await store.listPeople(tenantId, { limit: 1000 });

  return people
    .map(({ id: _id, ...person }) => person)
    .sort((a, b) => (a.oktaId ?? '').localeCompare(b.oktaId ?? ''));
}

/** The store an uninterrupted run leaves. */
async function uninterrupted(): Promise<SyncStore> {
  const org = resumeOrg();
  const store = createMemoryStore();
  const directory = new ResumableDirectory(org.before, { pageSize });
  const engine = createSyncEngine({ store, directory });
  await engine.fullSync({ tenantId });
  directory.users = org.after;
  await engine.fullSync({ tenantId });

  return store;
}

describe('a full sync into a PGlite folder, killed with SIGKILL after page 2', () => {
  it('reopens with the committed pages and resumes to the uninterrupted result', async () => {
    const signal = await killed(await syncUntilCheckpoint(killedAfter));
    // The dead child's lease lasts 10 minutes; a clock an hour on sees it expired.
    const later = { now: () => new Date(Date.now() + 60 * 60 * 1000) };
    const store = await createPgliteStore({ dataDir, clock: later });

    try {
      const { checkpoint } = await store.loadRunState(tenantId);
      const { after } = resumeOrg();
      const [retitled, joiner] = [after[0]!, after.at(-1)!];
      const committed = await store.findPeopleByOktaIds(tenantId, [retitled.id, joiner.id]);
      const directory = new ResumableDirectory(after, { pageSize });
      const report = await createSyncEngine({ store, directory }).fullSync({ tenantId });

      expect(signal).toBe('SIGKILL');
      expect(checkpoint).toMatchObject({ pages: killedAfter, cursor: 'page-2' });
      expect(committed).toEqual([
        expect.objectContaining({ jobTitle: 'Lead', seenGeneration: checkpoint?.generation }),
      ]);
      expect(report).toMatchObject({ runId: checkpoint?.runId, status: 'succeeded' });
      expect(directory.listings[0]).toEqual({ listing: 'current', resumeFrom: 'page-2' });
      expect(await peopleOf(store)).toEqual(await peopleOf(await uninterrupted()));
    } finally {
      await store.close();
    }
  });
});
