import type { SyncReport } from '../../engine/sync-report.js';
import type { PageRequest } from '../../ports/page-request.js';
import type { PersonWrite, StoredPerson } from '../../ports/stored-person.js';

/** A write of a plain active person, seen in generation 1. */
export function personWrite(oktaId: string, overrides: Partial<PersonWrite> = {}): PersonWrite {
  return {
    oktaId,
    email: `${oktaId}@example.com`,
    fullName: `Person ${oktaId}`,
    team: null,
    jobTitle: null,
    managerRef: null,
    managerOktaId: null,
    status: 'active',
    startDate: null,
    oktaUpdatedAt: null,
    seenGeneration: 1,
    login: null,
    employeeNumber: null,
    attributes: {},
    lockedFields: [],
    beforeDeactivation: null,
    ...overrides,
  };
}

/** Okta-like ids `00u0001`, `00u0002`, … that sort as strings. */
export function oktaIds(count: number, prefix = '00u'): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${pad(index + 1)}`);
}

function pad(value: number): string {
  return String(value).padStart(4, '0');
}

/** A finished run's report with every field set. */
export function sampleReport(runId: string, tenantId: string, created = 1): SyncReport {
  return {
    runId,
    tenantId,
    kind: 'full',
    dryRun: false,
    status: 'succeeded',
    startedAt: '2026-01-05T09:00:00.000Z',
    finishedAt: '2026-01-05T09:01:00.000Z',
    counts: {
      created,
      linked: 0,
      updated: 2,
      unchanged: 3,
      deactivated: 0,
      reactivated: 0,
      pending: 0,
      skipped: 1,
      ignored: 0,
      failed: 0,
    },
    skipped: [{ oktaId: '00uSkip', code: 'EMAIL_MISSING', reason: 'Okta has no email.' }],
    failures: [],
    managers: { resolved: 4, pending: 1 },
    okta: { requests: 2, retries: 0, rateLimitWaitMs: 0 },
    guard: null,
    error: null,
    preview: null,
  };
}

/** Every page of a keyset listing, read `limit` rows at a time. */
export async function readPages(
  list: (page: PageRequest) => Promise<StoredPerson[]>,
  limit: number,
): Promise<StoredPerson[][]> {
  const pages: StoredPerson[][] = [];
  let after: string | undefined;

  // Bounded, so a store that ignores `after` fails instead of hanging.
  for (let round = 0; round < 100; round += 1) {
    const page = await list(after === undefined ? { limit } : { after, limit });
    if (page.length > 0) pages.push(page);
    if (page.length < limit) break;

    after = page.at(-1)?.id;
  }

  return pages;
}

/** The ids of `people`, in their order. */
export function idsOf(people: readonly StoredPerson[]): string[] {
  return people.map((person) => person.id);
}
