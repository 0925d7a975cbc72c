import type { SyncJob } from '../ports/sync-job.js';
import type { JobResult, SyncEngine } from './sync-engine.js';

/**
 * Runs one queued job through the engine. A starter's activation is a
 * fresh read of the person: on their start date the start-date rule (or
 * Okta, if it activated them) makes them active; on any other day, or
 * when the date moved, it changes nothing.
 */
export async function runJob(engine: SyncEngine, job: SyncJob): Promise<JobResult> {
  const { tenantId } = job;

  switch (job.kind) {
    case 'full-sync': {
      const force = job.force === true;
      return { kind: job.kind, report: await engine.fullSync({ tenantId, force }) };
    }
    case 'incremental-sync':
      return { kind: job.kind, report: await engine.incrementalSync({ tenantId }) };
    case 'sync-person':
      return { kind: job.kind, result: await engine.syncPerson(job) };
    case 'activate-starter':
      return { kind: job.kind, result: await engine.syncPerson({ tenantId, oktaId: job.oktaId }) };
  }
}
