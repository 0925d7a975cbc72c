import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import { resolveDefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';

function catchConfigError(options: unknown): ConfigError {
  try {
    createDefaultMapper(options as DefaultMapperOptions);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }

  throw new Error('expected a ConfigError');
}

describe('resolveDefaultMapperOptions', () => {
  describe('when options are left out', () => {
    it('fills in every default', () => {
      expect(resolveDefaultMapperOptions({})).toStrictEqual({
        fullName: 'firstLast',
        displayNameAttribute: 'displayName',
        emailAttribute: 'email',
        teamAttribute: 'department',
        teamSource: 'attribute',
        teamGroupPrefix: '',
        jobTitleAttribute: 'title',
        managerAttribute: 'managerId',
        managerMatch: ['oktaId', 'login', 'email', 'employeeNumber'],
        startDateAttribute: 'startDate',
        timeZoneAttribute: 'timezone',
        tenantTimeZone: 'UTC',
        passThrough: [],
        suspendedStatus: 'suspended',
        keepWhenEmpty: [],
      });
    });
  });

  describe('when options are given', () => {
    it('keeps them and leaves the caller object unchanged', () => {
      const options = Object.freeze({ fullName: 'displayName', teamAttribute: 'division' });

      const resolved = resolveDefaultMapperOptions(options);

      expect(resolved).toMatchObject({ fullName: 'displayName', teamAttribute: 'division' });
      expect(options).toStrictEqual({ fullName: 'displayName', teamAttribute: 'division' });
    });
  });
});

describe('createDefaultMapper', () => {
  describe('when an option is invalid', () => {
    it.each([
      ['fullName', { fullName: 'lastFirst' }],
      ['teamAttribute', { teamAttribute: '' }],
      ['managerAttribute', { managerAttribute: 'manager id' }],
      ['startDateAttribute', { startDateAttribute: 42 }],
      ['jobTitleAttribute', { jobTitleAttribute: 'job title' }],
      ['timeZoneAttribute', { timeZoneAttribute: '' }],
      ['tenantTimeZone', { tenantTimeZone: 'Mars/Olympus' }],
      ['tenantTimeZone', { tenantTimeZone: '+05:00' }],
      ['managerMatch', { managerMatch: [] }],
      ['managerMatch', { managerMatch: ['email', 'email'] }],
      ['managerMatch.0', { managerMatch: ['fullName'] }],
      ['passThrough', { passThrough: 'costCenter' }],
      ['passThrough.1', { passThrough: ['costCenter', 'cost center'] }],
      ['suspendedStatus', { suspendedStatus: 'pending' }],
      ['keepWhenEmpty.0', { keepWhenEmpty: ['email'] }],
      ['hireDate', { hireDate: 'startDate' }],
      ['options', null],
    ])('throws a ConfigError naming %s', (field, options) => {
      const error = catchConfigError(options);

      expect(error.code).toBe('ERR_CONFIG_INVALID');
      expect(error.issues.map((issue) => issue.field)).toStrictEqual([field]);
      expect(error.message).toContain(field);
    });

    it('lists every wrong option at once', () => {
      const error = catchConfigError({ fullName: 'x', teamAttribute: ' ', extra: true });

      expect(error.issues.map((issue) => issue.field).sort()).toStrictEqual([
        'extra',
        'fullName',
        'teamAttribute',
      ]);
    });
  });

  describe('when no options are passed', () => {
    it('builds a mapper', () => {
      expect(createDefaultMapper().map).toBeTypeOf('function');
    });
  });
});
