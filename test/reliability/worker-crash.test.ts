import { afterEach, describe, expect, it } from 'vitest';
import { changeOrg, deactivatedIds, idOf, type Rig, startRig } from './fault-rig.js';
import { closeFronts } from './front-server.js';

afterEach(closeFronts);

/** Runs a full sync and aborts it, as a dying worker would, after `pages` pages. */
async function abortedAfter(rig: Rig, pages: number) {
  const controller = new AbortController();
  const onProgress = (progress: { pages: number }) => {
    if (progress.pages === pages) controller.abort(new Error('the worker is shutting down'));
  };
  rig.engine.events.on('run:progress', onProgress);

  try {
    return await rig.sync({ signal: controller.signal });
  } finally {
    rig.engine.events.off('run:progress', onProgress);
  }
}

describe('a worker that dies mid-run', () => {
  describe.each([1, 2, 4])('when the full sync is aborted after page %i', (pages) => {
    it('deactivates nobody, and the next run resumes and converges', async () => {
      const rig = await startRig();
      await rig.sync();
      changeOrg(rig.org);
      const started: boolean[] = [];
      rig.engine.events.on('run:started', (run) => started.push(run.resumed === true));

      const aborted = await abortedAfter(rig, pages);

      expect(aborted.status).toBe('failed');
      expect(aborted.counts.deactivated).toBe(0);
      expect(await deactivatedIds(rig.store, rig.tenantId)).toEqual([]);

      const next = await rig.sync();

      expect(started).toEqual([false, true]);
      expect(next.status).toBe('succeeded');
      expect(next.counts).toMatchObject({ created: 1, deactivated: 2 });
      expect(await rig.mismatches()).toEqual([]);
      expect(await deactivatedIds(rig.store, rig.tenantId)).toEqual([idOf(3), idOf(4)]);
    });
  });
});
