import type { SyncEngine } from '../engine/sync-engine.js';

/** Which tenants have a full sync running in this process. */
export interface RunTracker {
  isRunning(tenantId: string): boolean;
  /** Stops listening to the engine. */
  stop(): void;
}

/**
 * Follows the engine's run events to tell whether a (non-dry) full sync of
 * a tenant is running in this process. Note: runs on other workers are
 * not seen; a host with many workers should keep run state in its store.
 */
export function trackRuns(engine: SyncEngine): RunTracker {
  const running = new Map<string, string>();
  const onStarted = (run: { tenantId: string; runId: string; dryRun: boolean }) => {
    if (!run.dryRun) {
      running.set(run.runId, run.tenantId);
    }
  };
  const onEnded = (report: { runId: string }) => {
    running.delete(report.runId);
  };

  engine.events.on('run:started', onStarted);
  engine.events.on('run:completed', onEnded);
  engine.events.on('run:failed', onEnded);

  return {
    isRunning: (tenantId) => [...running.values()].includes(tenantId),
    stop() {
      engine.events.off('run:started', onStarted);
      engine.events.off('run:completed', onEnded);
      engine.events.off('run:failed', onEnded);
    },
  };
}
