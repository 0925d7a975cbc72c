import {
  createOktaDirectory,
  createSyncEngine,
  type OktaDirectoryOptions,
  type OktaRequestStats,
  RateBudgetRegistry,
  type SyncReport,
  type SyncStore,
} from '@learnamp/okta-sync';
import type { OrgEndpoint } from './read-pages.js';

/** What one full sync reported, and what its directory counted. */
export interface SyncRun {
  report: SyncReport;
  stats: OktaRequestStats;
  /** Wall time of the whole run, in milliseconds. */
  totalMs: number;
  /** Of `totalMs`, the part after the last page was applied: managers and sweep. */
  afterListingsMs: number;
}

/** The parts of a {@link SyncRun} the gates read; small enough to pass between processes. */
export interface SyncOutcome {
  report: Pick<SyncReport, 'status' | 'error' | 'okta' | 'counts'>;
  stats: OktaRequestStats;
  totalMs: number;
  afterListingsMs: number;
}

/** Keeps what the gates read of a run, dropping its lists of people. */
export function slimRun(run: SyncRun): SyncOutcome {
  const { status, error, okta, counts } = run.report;

  const { stats, totalMs, afterListingsMs } = run;

  return { report: { status, error, okta, counts }, stats, totalMs, afterListingsMs };
}

/** Extra directory options, such as a page size or a shared timer. */
export type DirectoryTweaks = Partial<Omit<OktaDirectoryOptions, 'orgUrl' | 'token'>>;

/**
 * One full sync through the public entry point: `createSyncEngine` over
 * `createOktaDirectory` (a budget of its own, so runs do not share pacing)
 * and the given store, for a tenant that store has not seen.
 */
export async function syncOnce(
  org: OrgEndpoint,
  store: SyncStore,
  tenantId: string,
  tweaks: DirectoryTweaks = {},
): Promise<SyncRun> {
  const directory = createOktaDirectory({
    orgUrl: org.url,
    token: org.token,
    allowHttp: true,
    rateBudgets: new RateBudgetRegistry(),
    ...tweaks,
  });
  const engine = createSyncEngine({
    store,
    directory,
    ...(tweaks.timer === undefined ? {} : { clock: tweaks.timer }),
  });
  const startMs = performance.now();
  let lastPageMs = startMs;

  engine.events.on('run:progress', () => {
    lastPageMs = performance.now();
  });

  const report = await engine.fullSync({ tenantId });
  const endMs = performance.now();

  return {
    report,
    stats: directory.stats(),
    totalMs: endMs - startMs,
    afterListingsMs: endMs - lastPageMs,
  };
}
