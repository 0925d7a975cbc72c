import type { SyncReport } from '../engine/sync-report.js';

const previewLimit = 50;

/** A run report as readable lines for a terminal. */
export function formatReport(report: SyncReport): string[] {
  const { counts, managers, okta } = report;
  const seconds = (Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000;
  const title = report.dryRun ? 'Dry run (nothing written)' : 'Sync';

  return [
    `${title} ${report.status} for tenant ${report.tenantId} in ${seconds.toFixed(1)} s`,
    `  created ${counts.created}, linked ${counts.linked}, updated ${counts.updated}, ` +
      `unchanged ${counts.unchanged}, deactivated ${counts.deactivated}, ` +
      `reactivated ${counts.reactivated}`,
    `  pending ${counts.pending}, skipped ${counts.skipped}, ` +
      `ignored leavers ${counts.ignored}, failed ${counts.failed}`,
    `  managers: ${managers.resolved} resolved, ${managers.pending} pending`,
    `  okta: ${okta.requests} requests, ${okta.retries} retries`,
    ...formatProblems(report),
    ...formatPreview(report),
  ];
}

function formatProblems(report: SyncReport): string[] {
  const lines: string[] = [];

  if (report.error) {
    lines.push(`Error ${report.error.code}: ${report.error.message}`);
  }

  if (report.guard) {
    const { reason, wouldDeactivate } = report.guard;
    lines.push(`Guard held: ${reason}; ${wouldDeactivate} people left active`);
  }

  for (const failure of report.failures) {
    lines.push(`Failed ${failure.oktaId} ${failure.code}: ${failure.message}`);
  }

  return lines;
}

function formatPreview(report: SyncReport): string[] {
  const preview = report.preview ?? [];
  const shown = preview.slice(0, previewLimit).map((change) => {
    const fields = change.fields.map((field) => `${field.field}: ${field.before} → ${field.after}`);

    return `  ${change.kind.padEnd(10)} ${change.oktaId} ${fields.join('; ')}`.trimEnd();
  });
  const more = preview.length - shown.length;

  return [
    ...(shown.length > 0 ? ['Would change:', ...shown] : []),
    ...(more > 0 ? [`  … and ${more} more (use --json for all)`] : []),
  ];
}

/** Every skipped person with the reason, for the admin. */
export function formatSkips(report: SyncReport): string[] {
  if (report.skipped.length === 0) {
    return [];
  }

  const lines = report.skipped.map((skip) => `  ${skip.oktaId} ${skip.code}: ${skip.reason}`);

  return [`Skipped (${report.skipped.length}):`, ...lines];
}
