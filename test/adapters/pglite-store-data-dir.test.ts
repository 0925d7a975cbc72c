import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../../src/adapters/postgres/pglite-store.js';
import { personWrite, sampleReport } from '../../src/testing/contract/contract-fixtures.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'okta-sync-pglite-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('createPgliteStore', () => {
  describe('when a data dir is reopened', () => {
    it('finds the rows written before it was closed', async () => {
      const first = await createPgliteStore({ dataDir });
      await first.savePeople('t1', [personWrite('00uA'), personWrite('00uB')]);
      await first.ensureTeams('t1', ['Sales']);
      const run = await first.startRun('t1');
      await first.finishRun('t1', sampleReport(run.runId, 't1'));
      const people = await first.listPeople('t1', { limit: 10 });
      await first.close();

      const second = await createPgliteStore({ dataDir });
      try {
        expect(await second.listPeople('t1', { limit: 10 })).toEqual(people);
        expect(await second.listTeams('t1')).toEqual([{ name: 'Sales', managerOktaId: null }]);
        expect(await second.lastReport('t1')).toEqual(sampleReport(run.runId, 't1'));
        expect((await second.startRun('t1')).generation).toBe(2);
      } finally {
        await second.close();
      }
    });
  });
});
