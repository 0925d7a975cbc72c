import { ConfigError, type ConfigIssue } from '../../errors/config-error.js';
import { buildManifest } from './build-manifest.js';
import type { FakeOktaUser } from './fake-okta-user.js';
import type { OrgManifest } from './org-manifest.js';
import { planPeople } from './plan-people.js';
import { toOktaUser } from './planned-person.js';
import { createSeededRandom } from './seeded-random.js';

/** Options of {@link generateOrg}. */
export interface GenerateOrgOptions {
  /** Users in the org, DEPROVISIONED ones included; 1 to 1,000,000. */
  people: number;
  /** The same seed always gives byte-identical users and manifest. */
  seed: number | string;
  /**
   * The generated org's "now", ISO 8601: every timestamp is at or before
   * it and future start dates are after it. Defaults to
   * `2026-01-15T09:00:00.000Z`.
   */
  baseDate?: string;
}

/** A generated org: its users in listing order and its ground truth. */
export interface GeneratedOrg {
  /** The users, DEPROVISIONED ones included. */
  users: FakeOktaUser[];
  /** What a first sync of these users must produce. */
  manifest: OrgManifest;
}

/** The instant generated orgs are built around unless told otherwise. */
export const DEFAULT_BASE_DATE = '2026-01-15T09:00:00.000Z';

const MAX_PEOPLE = 1_000_000;

/**
 * Builds a deterministic, realistic Okta org and the manifest of what a
 * first sync of it must produce. Runs in O(N). Users come out shuffled,
 * so some managers are listed on a later page than their reports.
 *
 * @throws ConfigError when `people` or `baseDate` is out of range.
 */
export function generateOrg(options: GenerateOrgOptions): GeneratedOrg {
  const baseMs = checkOptions(options);
  const seed = String(options.seed);
  const random = createSeededRandom(seed);
  const { persons, typeId } = planPeople(options.people, baseMs, random);
  const users = persons.map((person) => toOktaUser(person, typeId));

  return { users: random.shuffle(users), manifest: buildManifest(seed, persons) };
}

function checkOptions(options: GenerateOrgOptions): number {
  const issues: ConfigIssue[] = [];
  const { people, baseDate = DEFAULT_BASE_DATE } = options;
  const baseMs = Date.parse(baseDate);

  if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE) {
    issues.push({ field: 'people', message: `must be an integer from 1 to ${MAX_PEOPLE}` });
  }

  if (Number.isNaN(baseMs)) {
    issues.push({ field: 'baseDate', message: 'must be an ISO 8601 date-time' });
  }

  if (issues.length > 0) {
    throw new ConfigError(issues);
  }

  return baseMs;
}
