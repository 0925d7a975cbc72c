// A full sync in a process of its own, for the kill test: syncs the resume
// org into a PGlite folder, prints `checkpointed <k>` once page k is
// applied and checkpointed, then hangs on the next page until killed.
//
// Usage: node --import tsx test/support/sync-child.ts <dataDir> <k> <pageSize>

import { createPgliteStore } from '../../src/adapters/postgres/pglite-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { ResumableDirectory } from './resumable-directory.js';
import { resumeOrg } from './resume-org.js';

const [dataDir, pages, size] = process.argv.slice(2);
const k = Number(pages);
const store = await createPgliteStore({ dataDir: dataDir ?? '' });
const org = resumeOrg();
const seeding = new ResumableDirectory(org.before, { pageSize: Number(size) });

await createSyncEngine({ store, directory: seeding }).fullSync({ tenantId: 'resume' });

const directory = new ResumableDirectory(org.after, { pageSize: Number(size), hangAfterPages: k });
const engine = createSyncEngine({ store, directory });

engine.events.on('run:progress', (progress) => {
  if (progress.pages === k) process.stdout.write(`checkpointed ${k}\n`);
});

// A hung listing leaves nothing for the event loop; this keeps the
// process alive until the test kills it.
setInterval(() => undefined, 60_000);
await engine.fullSync({ tenantId: 'resume' });
