import type { ExportedPerson, TenantExport } from '../engine/export-people.js';
import type { SyncReport } from '../engine/sync-report.js';
import type { ExpectedPerson, OrgManifest } from './fake-org/org-manifest.js';

const comparedFields = [
  'email',
  'fullName',
  'jobTitle',
  'team',
  'managerOktaId',
  'managerPending',
  'status',
  'startDate',
] as const;

const mismatchLimit = 20;

/**
 * Compares a first sync of a generated org, and the store it left, with
 * the org's manifest. Returns one line per mismatch (at most 20); an empty
 * array means the sync did exactly what the manifest says.
 */
export function checkAgainstManifest(
  manifest: OrgManifest,
  report: SyncReport,
  data: TenantExport,
): string[] {
  const mismatches = [
    ...checkCounts(manifest, report),
    ...checkTeams(manifest, data),
    ...checkPeople(manifest.expected.persons, data.people),
  ];

  return mismatches.slice(0, mismatchLimit);
}

function checkCounts(manifest: OrgManifest, report: SyncReport): string[] {
  const { created, skipped, ignored, managers } = manifest.expected;
  const skipsOf = (code: string) => report.skipped.filter((skip) => skip.code === code).length;
  const pairs: [string, number, number][] = [
    ['created', report.counts.created, created.active + created.pending + created.suspended],
    ['pending', report.counts.pending, created.pending],
    ['skipped EMAIL_MISSING', skipsOf('EMAIL_MISSING'), skipped.EMAIL_MISSING],
    ['skipped EMAIL_INVALID', skipsOf('EMAIL_INVALID'), skipped.EMAIL_INVALID],
    ['skipped in all', report.counts.skipped, skipped.EMAIL_MISSING + skipped.EMAIL_INVALID],
    ['ignored leavers', report.counts.ignored, ignored],
    ['managers resolved', report.managers.resolved, managers.resolved],
    ['managers pending', report.managers.pending, managers.pending],
  ];

  return pairs.flatMap(([name, actual, expected]) =>
    actual === expected ? [] : [`${name}: got ${actual}, manifest says ${expected}`],
  );
}

function checkTeams(manifest: OrgManifest, data: TenantExport): string[] {
  const actual = new Map(data.teams.map((team) => [team.name, team.members]));
  const mismatches = manifest.expected.teams.flatMap((team) =>
    actual.get(team.name) === team.size
      ? []
      : [`team ${team.name}: got ${actual.get(team.name) ?? 'none'}, manifest says ${team.size}`],
  );

  if (actual.size !== manifest.expected.teams.length) {
    mismatches.push(`teams: got ${actual.size}, manifest says ${manifest.expected.teams.length}`);
  }

  return mismatches;
}

function checkPeople(expected: readonly ExpectedPerson[], people: readonly ExportedPerson[]) {
  const byOktaId = new Map(people.map((person) => [person.oktaId, person]));
  const mismatches = expected.flatMap((person) => checkPerson(person, byOktaId.get(person.oktaId)));

  if (people.length !== expected.length) {
    mismatches.push(`people: got ${people.length}, manifest says ${expected.length}`);
  }

  return mismatches;
}

function checkPerson(expected: ExpectedPerson, actual: ExportedPerson | undefined): string[] {
  if (!actual) {
    return [`person ${expected.oktaId}: missing from the store`];
  }

  return comparedFields.flatMap((field) =>
    actual[field] === expected[field]
      ? []
      : [
          `person ${expected.oktaId} ${field}: ` +
            `got ${actual[field]}, manifest says ${expected[field]}`,
        ],
  );
}
