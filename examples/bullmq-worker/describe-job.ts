import type { JobResult, RunCounts } from '@learnamp/okta-sync';

/** One line about what a job did, for the worker's log. */
export function describeJob(result: JobResult): string {
  if ('report' in result) {
    const { tenantId, status, counts } = result.report;

    return `${result.kind} ${tenantId}: ${status} (${listCounts(counts) || 'no change'})`;
  }

  const { tenantId, oktaId, counts } = result.result;

  return `${result.kind} ${tenantId} ${oktaId}: ${listCounts(counts) || 'no change'}`;
}

function listCounts(counts: RunCounts): string {
  const nonZero = Object.entries(counts).filter(([, count]) => count > 0);

  return nonZero.map(([name, count]) => `${count} ${name}`).join(', ');
}
