// One full sync into server PostgreSQL in a fresh process, reporting the
// process's peak resident memory: sampled every 50 ms, and the kernel's
// own high-water mark (VmHWM). Started by `measurePeakMemory`.
import { readFileSync } from 'node:fs';
import { createPostgresStore } from '@learnamp/okta-sync/postgres';
import { readChildSettings, tellParent } from './child-process.js';
import { collectGarbage } from './collect-garbage.js';
import type { MemoryRunSettings } from './memory-run-settings.js';
import { slimRun, syncOnce } from './sync-once.js';

const SAMPLE_EVERY_MS = 50;

const settings = readChildSettings<MemoryRunSettings>();
let sampledPeak = process.memoryUsage().rss;
let heapPeak = 0;
const sampler = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  sampledPeak = Math.max(sampledPeak, rss);
  heapPeak = Math.max(heapPeak, heapUsed);
}, SAMPLE_EVERY_MS);

try {
  const store = await createPostgresStore({
    connectionString: settings.databaseUrl,
    schema: settings.schema,
  });
  collectGarbage();
  const { rss: rssBeforeBytes, heapUsed: heapBeforeBytes } = process.memoryUsage();
  const startMs = performance.now();
  const run = await syncOnce(settings.org, store, 'bench-memory');
  const ms = performance.now() - startMs;

  clearInterval(sampler);
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);

  // What the run still holds once garbage is gone: the report (kept here
  // on purpose, as a host would) and whatever else outlived the sync.
  collectGarbage();
  const heapRetainedBytes = process.memoryUsage().heapUsed;
  await store.close();
  await tellParent({
    kind: 'measured',
    ms,
    rssBeforeBytes,
    sampledPeakBytes: sampledPeak,
    highWaterBytes: readHighWaterBytes(),
    heapBeforeBytes,
    heapPeakBytes: heapPeak,
    heapRetainedBytes,
    run: slimRun(run),
  });
} catch (error) {
  await tellParent({
    kind: 'error',
    message: error instanceof Error ? error.stack : String(error),
  });
} finally {
  clearInterval(sampler);
  process.disconnect?.();
}

// The kernel's peak resident set size of this process, from VmHWM.
function readHighWaterBytes(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)?.[1];

  return kib === undefined ? Number.NaN : Number(kib) * 1024;
}
