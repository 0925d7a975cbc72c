import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import { listUserPages } from './list-user-pages.js';
import { type PageSizes, planChanges } from './listing-plan.js';
import type { ListChangesOptions, OktaChangePage } from './okta-directory.js';
import type { OktaConnection } from './okta-http.js';
import type { OktaScope } from './okta-scope.js';
import type { OktaUser } from './okta-user.js';

/** Where changes are listed from. */
export interface ChangeListingScope {
  orgUrl: string;
  scope: OktaScope;
  sizes: PageSizes;
}

const DEFAULT_OVERLAP_MS = 5 * 60_000;

/**
 * Streams the users changed since a watermark, each page carrying the
 * watermark reached so far: the latest `lastUpdated` seen, never earlier
 * than `since`.
 *
 * @throws ConfigError for an unreadable `since` or `overlapMs`, or a scope
 *   that cannot list changes (app, groups).
 */
export async function* listChangedPages(
  connection: OktaConnection,
  where: ChangeListingScope,
  options: ListChangesOptions,
): AsyncGenerator<OktaChangePage, void, undefined> {
  const { sinceMs, overlapMs } = readWindow(options);
  const afterIso = new Date(sinceMs - overlapMs).toISOString();
  const source = planChanges(where.orgUrl, where.scope, afterIso, where.sizes);

  if (source === undefined) {
    const message =
      'app and group scopes cannot list changes (Okta does not move lastUpdated ' +
      'when assignments change): run full syncs for this scope';

    throw new ConfigError([{ field: 'scope', message }]);
  }

  let watermarkMs = sinceMs;

  for await (const page of listUserPages(connection, [source], options)) {
    watermarkMs = Math.max(watermarkMs, ...page.users.map(readLastUpdatedMs));
    yield { ...page, watermark: new Date(watermarkMs).toISOString() };
  }
}

function readWindow(options: ListChangesOptions): { sinceMs: number; overlapMs: number } {
  const sinceMs = typeof options.since === 'string' ? Date.parse(options.since) : Number.NaN;
  const overlapMs = options.overlapMs ?? DEFAULT_OVERLAP_MS;
  const issues: ConfigIssue[] = [];

  if (Number.isNaN(sinceMs)) {
    issues.push({ field: 'since', message: 'use an ISO 8601 instant, such as a page watermark' });
  }

  if (!Number.isInteger(overlapMs) || overlapMs < 0) {
    issues.push({ field: 'overlapMs', message: 'use whole milliseconds, 0 or more' });
  }

  if (issues.length > 0) {
    throw new ConfigError(issues);
  }

  return { sinceMs, overlapMs };
}

function readLastUpdatedMs(user: OktaUser): number {
  const parsed = Date.parse(user.lastUpdated ?? '');

  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
}
