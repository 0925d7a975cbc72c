import type { OktaUserStatus } from '../../okta/okta-user.js';
import type {
  ExpectedPerson,
  ExpectedStatus,
  ExpectedSyncOutcome,
  ExpectedTeam,
  OrgManifest,
} from './org-manifest.js';
import type { PlannedPerson } from './planned-person.js';

const STATUS_ON_HOST: Partial<Record<OktaUserStatus, ExpectedStatus>> = {
  ACTIVE: 'active',
  PASSWORD_EXPIRED: 'active',
  LOCKED_OUT: 'active',
  RECOVERY: 'active',
  STAGED: 'pending',
  PROVISIONED: 'pending',
  SUSPENDED: 'suspended',
};

/**
 * Writes the manifest from the generator's own plan: each person's kind
 * says whether a first sync creates, skips or ignores them.
 */
export function buildManifest(seed: string, persons: readonly PlannedPerson[]): OrgManifest {
  const expected: ExpectedSyncOutcome = {
    created: { active: 0, pending: 0, suspended: 0 },
    skipped: { EMAIL_MISSING: 0, EMAIL_INVALID: 0 },
    ignored: 0,
    managers: { resolved: 0, pending: 0 },
    teams: [],
    persons: [],
  };

  for (const person of persons) {
    tally(expected, person);
  }

  expected.persons.sort((left, right) => compareText(left.oktaId, right.oktaId));
  expected.teams = countTeams(expected.persons);

  return { seed, people: persons.length, expected };
}

function tally(expected: ExpectedSyncOutcome, person: PlannedPerson): void {
  if (person.kind === 'email-missing') {
    expected.skipped.EMAIL_MISSING += 1;
  } else if (person.kind === 'email-invalid') {
    expected.skipped.EMAIL_INVALID += 1;
  } else if (person.kind === 'deprovisioned') {
    expected.ignored += 1;
  } else {
    addCreated(expected, toExpectedPerson(person));
  }
}

function addCreated(expected: ExpectedSyncOutcome, person: ExpectedPerson): void {
  expected.persons.push(person);
  expected.created[person.status] += 1;

  if (person.managerOktaId !== null) {
    expected.managers.resolved += 1;
  } else if (person.managerPending !== null) {
    expected.managers.pending += 1;
  }
}

// Managers are only ever created people, so every managerId except the
// deliberate unknown ones resolves.
function toExpectedPerson(person: PlannedPerson): ExpectedPerson {
  const unknownManager = person.kind === 'unknown-manager';

  return {
    oktaId: person.id,
    email: person.email ?? '',
    fullName: `${person.firstName} ${person.lastName}`,
    jobTitle: person.title,
    team: person.department,
    managerOktaId: unknownManager ? null : person.managerId,
    managerPending: unknownManager ? person.managerId : null,
    status: STATUS_ON_HOST[person.status] ?? 'active',
    startDate: person.startDate,
  };
}

function countTeams(persons: readonly ExpectedPerson[]): ExpectedTeam[] {
  const sizes = new Map<string, number>();

  for (const { team } of persons) {
    if (team !== null) {
      sizes.set(team, (sizes.get(team) ?? 0) + 1);
    }
  }

  const teams = [...sizes].map(([name, size]) => ({ name, size }));

  return teams.sort((left, right) => compareText(left.name, right.name));
}

function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }

  return left < right ? -1 : 1;
}
