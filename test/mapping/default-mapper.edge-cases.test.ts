import { describe, expect, it } from 'vitest';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import type { SkipCode } from '../../src/mapping/skipped-person.js';
import { expectPerson, expectSkip, mapUntrusted } from './mapping-harness.js';

interface EdgeCase {
  title: string;
  /** Profile keys laid over the base profile; `undefined` removes a key. */
  profile?: Record<string, unknown>;
  /** User keys laid over the base user. */
  user?: Record<string, unknown>;
  /** A whole user used as is, for shapes that spreading would change. */
  raw?: unknown;
  options?: DefaultMapperOptions;
  /** The fields the person must have, or the code of the expected skip. */
  expected: Partial<DirectoryPerson> | SkipCode;
}

const baseProfile = { email: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' };

function buildUser(edge: EdgeCase): Record<string, unknown> {
  const profile: Record<string, unknown> = { ...baseProfile, ...edge.profile };
  for (const [key, value] of Object.entries(profile)) {
    if (value === undefined) delete profile[key];
  }

  return { id: '00u1edge', status: 'ACTIVE', profile, ...edge.user };
}

function checkEdgeCase(edge: EdgeCase): void {
  const input = 'raw' in edge ? edge.raw : buildUser(edge);
  const outcome = mapUntrusted(input, edge.options);
  if (typeof edge.expected === 'string') {
    expect(expectSkip(outcome).code).toBe(edge.expected);
    return;
  }

  expect(expectPerson(outcome)).toMatchObject(edge.expected);
}

const nameCases: EdgeCase[] = [
  {
    title: 'keeps accents',
    profile: { firstName: 'José', lastName: 'Núñez' },
    expected: { fullName: 'José Núñez' },
  },
  {
    title: 'keeps apostrophes',
    profile: { firstName: 'Siobhán', lastName: "O'Brien" },
    expected: { fullName: "Siobhán O'Brien" },
  },
  {
    title: 'keeps non-Latin scripts',
    profile: { firstName: '美咲', lastName: '佐藤' },
    expected: { fullName: '美咲 佐藤' },
  },
  {
    title: 'trims and collapses spaces',
    profile: { firstName: '  Mary   Ann ', lastName: '\tDoe\n' },
    expected: { fullName: 'Mary Ann Doe' },
  },
  {
    title: 'uses the first name alone',
    profile: { lastName: undefined },
    expected: { fullName: 'Jane' },
  },
  {
    title: 'uses the last name alone',
    profile: { firstName: null },
    expected: { fullName: 'Doe' },
  },
  {
    title: 'falls back to displayName',
    profile: { firstName: ' ', lastName: null, displayName: ' J.  Doe ' },
    expected: { fullName: 'J. Doe' },
  },
  {
    title: 'falls back to the email',
    profile: { firstName: '', lastName: undefined },
    expected: { fullName: 'jane@example.com' },
  },
  {
    title: 'prefers displayName when asked',
    profile: { displayName: 'Janie D' },
    options: { fullName: 'displayName' },
    expected: { fullName: 'Janie D' },
  },
  {
    title: 'falls back to first and last from displayName',
    profile: { displayName: null },
    options: { fullName: 'displayName' },
    expected: { fullName: 'Jane Doe' },
  },
  {
    title: 'ignores a number as a name',
    profile: { firstName: 42 },
    expected: { fullName: 'Doe' },
  },
];

const emailCases: EdgeCase[] = [
  {
    title: 'keeps case as spelled',
    profile: { email: 'Jane.Doe@Example.COM' },
    expected: { email: 'Jane.Doe@Example.COM' },
  },
  {
    title: 'keeps plus addressing',
    profile: { email: 'jane+lms@example.com' },
    expected: { email: 'jane+lms@example.com' },
  },
  {
    title: 'keeps an IDN address',
    profile: { email: 'josé@exämple.de' },
    expected: { email: 'josé@exämple.de' },
  },
  {
    title: 'keeps a sub-domain',
    profile: { email: 'jane@sub.example.co.uk' },
    expected: { email: 'jane@sub.example.co.uk' },
  },
  {
    title: 'trims the email',
    profile: { email: '  jane@example.com \n' },
    expected: { email: 'jane@example.com' },
  },
  { title: 'skips a missing email', profile: { email: undefined }, expected: 'EMAIL_MISSING' },
  { title: 'skips a null email', profile: { email: null }, expected: 'EMAIL_MISSING' },
  { title: 'skips a blank email', profile: { email: '   ' }, expected: 'EMAIL_MISSING' },
  {
    title: 'skips an object email',
    profile: { email: { value: 'jane@example.com' } },
    expected: 'EMAIL_MISSING',
  },
  {
    title: 'skips an array email',
    profile: { email: ['jane@example.com'] },
    expected: 'EMAIL_MISSING',
  },
  {
    title: 'skips an email without @',
    profile: { email: 'jane.doe.example.com' },
    expected: 'EMAIL_INVALID',
  },
  { title: 'skips a one-label domain', profile: { email: 'a@b' }, expected: 'EMAIL_INVALID' },
  {
    title: 'skips an email with a space',
    profile: { email: 'jane doe@example.com' },
    expected: 'EMAIL_INVALID',
  },
  {
    title: 'skips a quoted local part',
    profile: { email: '"jane"@example.com' },
    expected: 'EMAIL_INVALID',
  },
  { title: 'skips a double @', profile: { email: 'jane@@example.com' }, expected: 'EMAIL_INVALID' },
  {
    title: 'skips an empty local part',
    profile: { email: '@example.com' },
    expected: 'EMAIL_INVALID',
  },
  { title: 'skips an empty domain', profile: { email: 'jane@' }, expected: 'EMAIL_INVALID' },
  {
    title: 'skips a domain without a dot',
    profile: { email: 'jane@example' },
    expected: 'EMAIL_INVALID',
  },
  {
    title: 'skips a label starting with a hyphen',
    profile: { email: 'jane@-example.com' },
    expected: 'EMAIL_INVALID',
  },
  {
    title: 'skips a deactivated person without email',
    user: { status: 'DEPROVISIONED' },
    profile: { email: null },
    expected: 'EMAIL_MISSING',
  },
];

const wrongTypeCases: EdgeCase[] = [
  { title: 'turns a number title into null', profile: { title: 7 }, expected: { jobTitle: null } },
  {
    title: 'cleans a title',
    profile: { title: '  Senior   Engineer ' },
    expected: { jobTitle: 'Senior Engineer' },
  },
  {
    title: 'turns a blank title into null',
    profile: { title: '  ' },
    expected: { jobTitle: null },
  },
  {
    title: 'turns an array department into null',
    profile: { department: ['Sales'] },
    expected: { team: null },
  },
  {
    title: 'turns an object department into null',
    profile: { department: { name: 'Sales' } },
    expected: { team: null },
  },
  {
    title: 'cleans a department',
    profile: { department: ' Customer  Success ' },
    expected: { team: 'Customer Success' },
  },
  {
    title: 'reads the team attribute option',
    profile: { division: 'EMEA' },
    options: { teamAttribute: 'division' },
    expected: { team: 'EMEA' },
  },
  {
    title: 'trims a managerId',
    profile: { managerId: ' 00u2boss ' },
    expected: { managerRef: '00u2boss' },
  },
  {
    title: 'turns a number managerId into text',
    profile: { managerId: 1042 },
    expected: { managerRef: '1042' },
  },
  {
    title: 'turns a blank managerId into null',
    profile: { managerId: '' },
    expected: { managerRef: null },
  },
  {
    title: 'reads the manager attribute option',
    profile: { manager: 'Boss Person' },
    options: { managerAttribute: 'manager' },
    expected: { managerRef: 'Boss Person' },
  },
  { title: 'skips a user without id', user: { id: undefined }, expected: 'PROFILE_INVALID' },
  { title: 'skips a number id', user: { id: 17 }, expected: 'PROFILE_INVALID' },
  { title: 'skips a blank id', user: { id: '' }, expected: 'PROFILE_INVALID' },
  { title: 'skips a null profile', user: { profile: null }, expected: 'PROFILE_INVALID' },
  {
    title: 'skips an array profile',
    user: { profile: [baseProfile] },
    expected: 'PROFILE_INVALID',
  },
  {
    title: 'skips a string profile',
    user: { profile: 'jane@example.com' },
    expected: 'PROFILE_INVALID',
  },
];

const statusCases: EdgeCase[] = [
  { title: 'maps ACTIVE to active', user: { status: 'ACTIVE' }, expected: { status: 'active' } },
  {
    title: 'maps PASSWORD_EXPIRED to active',
    user: { status: 'PASSWORD_EXPIRED' },
    expected: { status: 'active' },
  },
  {
    title: 'maps LOCKED_OUT to active',
    user: { status: 'LOCKED_OUT' },
    expected: { status: 'active' },
  },
  {
    title: 'maps RECOVERY to active',
    user: { status: 'RECOVERY' },
    expected: { status: 'active' },
  },
  { title: 'maps STAGED to pending', user: { status: 'STAGED' }, expected: { status: 'pending' } },
  {
    title: 'maps PROVISIONED to pending',
    user: { status: 'PROVISIONED' },
    expected: { status: 'pending' },
  },
  {
    title: 'maps SUSPENDED to suspended',
    user: { status: 'SUSPENDED' },
    expected: { status: 'suspended' },
  },
  {
    title: 'maps DEPROVISIONED to deactivated',
    user: { status: 'DEPROVISIONED' },
    expected: { status: 'deactivated' },
  },
  { title: 'skips an unknown status', user: { status: 'ARCHIVED' }, expected: 'PROFILE_INVALID' },
  { title: 'skips a lower-case status', user: { status: 'active' }, expected: 'PROFILE_INVALID' },
  { title: 'skips a missing status', user: { status: undefined }, expected: 'PROFILE_INVALID' },
  { title: 'skips a number status', user: { status: 1 }, expected: 'PROFILE_INVALID' },
];

const dateCases: EdgeCase[] = [
  {
    title: 'keeps a date-only start date',
    profile: { startDate: '2027-05-01' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'keeps a leap day',
    profile: { startDate: '2028-02-29' },
    expected: { startDate: '2028-02-29' },
  },
  {
    title: 'drops an impossible date',
    profile: { startDate: '2027-02-30' },
    expected: { startDate: null },
  },
  {
    title: 'drops a leap day in a common year',
    profile: { startDate: '2027-02-29' },
    expected: { startDate: null },
  },
  {
    title: 'moves an offset date-time to its UTC date',
    profile: { startDate: '2027-05-01T23:30:00-07:00' },
    expected: { startDate: '2027-05-02' },
  },
  {
    title: 'keeps the UTC date of a Z date-time',
    profile: { startDate: '2027-05-01T00:00:00.000Z' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'drops a date-time without a zone',
    profile: { startDate: '2027-05-01T09:00:00' },
    expected: { startDate: null },
  },
  { title: 'drops garbage', profile: { startDate: 'next Monday' }, expected: { startDate: null } },
  {
    title: 'drops a US-style date',
    profile: { startDate: '05/01/2027' },
    expected: { startDate: null },
  },
  {
    title: 'drops a number start date',
    profile: { startDate: 20270501 },
    expected: { startDate: null },
  },
  {
    title: 'reads the start date attribute option',
    profile: { hireDate: '2027-06-01' },
    options: { startDateAttribute: 'hireDate' },
    expected: { startDate: '2027-06-01' },
  },
  {
    title: 'keeps lastUpdated as ISO',
    user: { lastUpdated: '2027-05-01T10:00:00+02:00' },
    expected: { oktaUpdatedAt: '2027-05-01T08:00:00.000Z' },
  },
  {
    title: 'drops a garbage lastUpdated',
    user: { lastUpdated: 'yesterday' },
    expected: { oktaUpdatedAt: null },
  },
  {
    title: 'drops a null lastUpdated',
    user: { lastUpdated: null },
    expected: { oktaUpdatedAt: null },
  },
  {
    title: 'reads a Date lastUpdated from the SDK',
    user: { lastUpdated: new Date('2027-05-01T10:00:00Z') },
    expected: { oktaUpdatedAt: '2027-05-01T10:00:00.000Z' },
  },
];

// JSON.parse makes `__proto__` an own key, exactly as wire data arrives.
const prototypeCases: EdgeCase[] = [
  {
    title: 'ignores an email under __proto__',
    user: { profile: JSON.parse('{"__proto__":{"email":"evil@example.com"}}') },
    expected: 'EMAIL_MISSING',
  },
  {
    title: 'ignores a department under __proto__',
    user: { profile: JSON.parse('{"email":"jane@example.com","__proto__":{"department":"Evil"}}') },
    expected: { team: null, fullName: 'jane@example.com' },
  },
  {
    title: 'ignores inherited profile values',
    user: { profile: Object.create({ email: 'jane@example.com' }) },
    expected: 'EMAIL_MISSING',
  },
  {
    title: 'ignores an id under __proto__',
    raw: JSON.parse(
      '{"status":"ACTIVE","profile":{"email":"jane@example.com"},"__proto__":{"id":"00u1evil"}}',
    ),
    expected: 'PROFILE_INVALID',
  },
  {
    title: 'ignores an inherited id',
    raw: Object.assign(Object.create({ id: '00u1evil' }), {
      status: 'ACTIVE',
      profile: baseProfile,
    }),
    expected: 'PROFILE_INVALID',
  },
  {
    title: 'finds no team in a constructor attribute',
    options: { teamAttribute: 'constructor' },
    expected: { team: null },
  },
  {
    title: 'finds no status named __proto__',
    user: { status: '__proto__' },
    expected: 'PROFILE_INVALID',
  },
  {
    title: 'finds no status named constructor',
    user: { status: 'constructor' },
    expected: 'PROFILE_INVALID',
  },
];

describe('createDefaultMapper', () => {
  describe('when names vary', () => {
    it.each(nameCases)('$title', checkEdgeCase);
  });

  describe('when emails vary', () => {
    it.each(emailCases)('$title', checkEdgeCase);
  });

  describe('when values are null or of the wrong type', () => {
    it.each(wrongTypeCases)('$title', checkEdgeCase);
  });

  describe('when the Okta status varies', () => {
    it.each(statusCases)('$title', checkEdgeCase);
  });

  describe('when dates vary', () => {
    it.each(dateCases)('$title', checkEdgeCase);
  });

  describe('when keys name Object.prototype members', () => {
    it.each(prototypeCases)('$title', checkEdgeCase);

    it('leaves Object.prototype untouched', () => {
      const probe: Record<string, unknown> = {};

      expect(probe.email).toBeUndefined();
      expect(probe.department).toBeUndefined();
      expect(probe.id).toBeUndefined();
    });
  });
});
