import { describe, expect, it } from 'vitest';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import { expectPerson, mapUntrusted } from './mapping-harness.js';

interface SettingCase {
  title: string;
  /** Profile keys laid over the base profile. */
  profile?: Record<string, unknown>;
  status?: string;
  options?: DefaultMapperOptions;
  expected: Partial<DirectoryPerson>;
}

const baseProfile = { email: 'jane@example.com', firstName: 'Jane', lastName: 'Doe' };

function checkSetting(setting: SettingCase): void {
  const profile = { ...baseProfile, ...setting.profile };
  const user = { id: '00u1set', status: setting.status ?? 'ACTIVE', profile };

  expect(expectPerson(mapUntrusted(user, setting.options))).toMatchObject(setting.expected);
}

const auckland = { timezone: 'Pacific/Auckland' };
const losAngeles = { timezone: 'America/Los_Angeles' };

const zoneCases: SettingCase[] = [
  {
    title: 'keeps a date-only date in Pacific/Auckland',
    profile: { ...auckland, startDate: '2027-05-01' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'keeps a date-only date in America/Los_Angeles',
    profile: { ...losAngeles, startDate: '2027-05-01' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'keeps a date-only date whatever the tenant zone',
    profile: { startDate: '2027-05-01' },
    options: { tenantTimeZone: 'Pacific/Kiritimati' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'reads a late Californian start as the next day in Auckland',
    profile: { ...auckland, startDate: '2027-05-01T23:30:00-07:00' },
    expected: { startDate: '2027-05-02' },
  },
  {
    title: 'reads a late Californian start as the same day in Los Angeles',
    profile: { ...losAngeles, startDate: '2027-05-01T23:30:00-07:00' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'reads a UTC midnight as the day before in Los Angeles',
    profile: { ...losAngeles, startDate: '2027-05-01T00:00:00Z' },
    expected: { startDate: '2027-04-30' },
  },
  {
    title: 'uses the tenant zone when the person has none',
    profile: { startDate: '2027-05-01T23:30:00-07:00' },
    options: { tenantTimeZone: 'America/Los_Angeles' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'uses the tenant zone when the person zone is not IANA',
    profile: { timezone: 'PST-ish', startDate: '2027-05-01T23:30:00-07:00' },
    options: { tenantTimeZone: 'America/Los_Angeles' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'ignores an offset given as a zone',
    profile: { timezone: '+13:00', startDate: '2027-05-01T23:30:00-07:00' },
    expected: { startDate: '2027-05-02' },
  },
  {
    title: 'ignores a number zone',
    profile: { timezone: 12, startDate: '2027-05-01T10:00:00Z' },
    expected: { startDate: '2027-05-01' },
  },
  {
    title: 'trims the person zone',
    profile: { timezone: ' Pacific/Auckland ', startDate: '2027-05-01T12:30:00Z' },
    expected: { startDate: '2027-05-02' },
  },
  {
    title: 'reads the zone attribute option',
    profile: { officeZone: 'Asia/Tokyo', startDate: '2027-05-01T15:00:00Z' },
    options: { timeZoneAttribute: 'officeZone' },
    expected: { startDate: '2027-05-02' },
  },
  {
    title: 'counts New York summer time from the day it starts',
    profile: { timezone: 'America/New_York', startDate: '2027-03-15T03:30:00Z' },
    expected: { startDate: '2027-03-14' },
  },
  {
    title: 'counts New York winter time the day before the change',
    profile: { timezone: 'America/New_York', startDate: '2027-03-14T04:30:00Z' },
    expected: { startDate: '2027-03-13' },
  },
  {
    title: 'counts Auckland winter time on the day summer time ends',
    profile: { ...auckland, startDate: '2027-04-04T11:30:00Z' },
    expected: { startDate: '2027-04-04' },
  },
  {
    title: 'counts Auckland summer time on the night summer time ends',
    profile: { ...auckland, startDate: '2027-04-03T13:30:00Z' },
    expected: { startDate: '2027-04-04' },
  },
  {
    title: 'counts London summer time on the night it ends',
    profile: { timezone: 'Europe/London', startDate: '2027-10-30T23:30:00Z' },
    expected: { startDate: '2027-10-31' },
  },
];

const attributeCases: SettingCase[] = [
  {
    title: 'reads the team from division',
    profile: { division: ' EMEA  Sales ' },
    options: { teamAttribute: 'division' },
    expected: { team: 'EMEA Sales' },
  },
  {
    title: 'reads the team from a custom attribute',
    profile: { squad: 'Platform' },
    options: { teamAttribute: 'squad' },
    expected: { team: 'Platform' },
  },
  {
    title: 'reads the job title attribute option',
    profile: { title: 'Old', jobCode: 'Staff Engineer' },
    options: { jobTitleAttribute: 'jobCode' },
    expected: { jobTitle: 'Staff Engineer' },
  },
  {
    title: 'reads the manager from manager',
    profile: { manager: ' boss@example.com ', managerId: '00uIgnored' },
    options: { managerAttribute: 'manager' },
    expected: { managerRef: 'boss@example.com' },
  },
  {
    title: 'reads login and employee number',
    profile: { login: ' jane@corp.example ', employeeNumber: 4711 },
    expected: { login: 'jane@corp.example', employeeNumber: '4711' },
  },
  {
    title: 'drops an object employee number',
    profile: { employeeNumber: { id: 1 } },
    expected: { employeeNumber: null },
  },
  {
    title: 'passes named attributes through',
    profile: { costCenter: '10', level: 3, remote: true, tags: ['a', null, 2], none: null },
    options: { passThrough: ['costCenter', 'level', 'remote', 'tags', 'none'] },
    expected: {
      attributes: { costCenter: '10', level: 3, remote: true, tags: ['a', 2], none: null },
    },
  },
  {
    title: 'leaves out missing, nested and non-finite attributes',
    profile: { nested: { a: 1 }, deep: [[1]], huge: Number.POSITIVE_INFINITY },
    options: { passThrough: ['nested', 'deep', 'huge', 'absent'] },
    expected: { attributes: {} },
  },
  {
    title: 'passes a __proto__ attribute as a plain key',
    profile: JSON.parse('{"email":"jane@example.com","__proto__":"x"}'),
    options: { passThrough: ['__proto__'] },
    expected: { attributes: JSON.parse('{"__proto__":"x"}') },
  },
  {
    title: 'maps SUSPENDED to suspended by default',
    status: 'SUSPENDED',
    expected: { status: 'suspended' },
  },
  {
    title: 'maps SUSPENDED to active when configured',
    status: 'SUSPENDED',
    options: { suspendedStatus: 'active' },
    expected: { status: 'active' },
  },
  {
    title: 'maps SUSPENDED to deactivated when configured',
    status: 'SUSPENDED',
    options: { suspendedStatus: 'deactivated' },
    expected: { status: 'deactivated' },
  },
  {
    title: 'keeps STAGED pending with a future start date',
    status: 'STAGED',
    profile: { startDate: '2099-01-01' },
    expected: { status: 'pending', startDate: '2099-01-01' },
  },
  {
    title: 'keeps STAGED pending with a past start date',
    status: 'STAGED',
    profile: { startDate: '2001-01-01' },
    expected: { status: 'pending' },
  },
  {
    title: 'keeps PROVISIONED pending without a start date',
    status: 'PROVISIONED',
    expected: { status: 'pending', startDate: null },
  },
];

describe('createDefaultMapper', () => {
  describe('when start dates meet time zones', () => {
    it.each(zoneCases)('$title', checkSetting);
  });

  describe('when attributes and policies are configured', () => {
    it.each(attributeCases)('$title', checkSetting);
  });

  describe('when a policy is configured', () => {
    it('exposes manager matching and kept fields to the engine', () => {
      const mapper = createDefaultMapper({
        managerMatch: ['employeeNumber'],
        keepWhenEmpty: ['jobTitle'],
      });

      expect(mapper.policy).toStrictEqual({
        managerMatch: ['employeeNumber'],
        keepWhenEmpty: ['jobTitle'],
      });
    });
  });
});
