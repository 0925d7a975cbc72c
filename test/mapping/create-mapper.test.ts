import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { createMapper, type MappingStrategy } from '../../src/mapping/create-mapper.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import type { PersonMapper } from '../../src/mapping/person-mapper.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { expectPerson, expectSkip, mappingContext } from './mapping-harness.js';

const user: OktaUser = {
  id: '00u1custom',
  status: 'ACTIVE',
  profile: {
    email: 'jane@example.com',
    workEmail: 'jane.doe@corp.example',
    firstName: 'Jane',
    lastName: 'Doe',
    preferredName: 'JD',
    costCenter: 'Finance',
    role: 'Controller',
    bossEmail: 'boss@corp.example',
    hireDate: '2027-05-01',
    office: 'Asia/Tokyo',
  },
};

function person(overrides: Partial<DirectoryPerson> = {}): DirectoryPerson {
  return {
    oktaId: user.id,
    email: 'jane@example.com',
    fullName: 'Jane Doe',
    team: null,
    jobTitle: null,
    managerRef: null,
    startDate: null,
    status: 'active',
    oktaUpdatedAt: null,
    ...overrides,
  };
}

function mapWith(strategy: MappingStrategy, input: unknown = user) {
  return createMapper(strategy).map(input as OktaUser, mappingContext);
}

describe('createMapper', () => {
  describe('when given an attribute map', () => {
    it('reads each host field from the named attribute', () => {
      const strategy = {
        attributes: {
          email: 'workEmail',
          fullName: 'preferredName',
          team: 'costCenter',
          jobTitle: 'role',
          manager: 'bossEmail',
          startDate: 'hireDate',
          timeZone: 'office',
        },
      };

      expect(expectPerson(mapWith(strategy))).toMatchObject({
        email: 'jane.doe@corp.example',
        fullName: 'JD',
        team: 'Finance',
        jobTitle: 'Controller',
        managerRef: 'boss@corp.example',
        startDate: '2027-05-01',
      });
    });

    it('reads fields it does not name as the default mapper does', () => {
      const mapped = expectPerson(mapWith({ attributes: { team: 'costCenter' } }));

      expect(mapped).toMatchObject({ email: 'jane@example.com', fullName: 'Jane Doe' });
    });

    it.each([
      [{ attributes: { department: 'x' } }, 'attributes.department'],
      [{ attributes: { team: 'cost center' } }, 'attributes.team'],
      [{ attributes: null }, 'attributes'],
    ])('rejects a bad map with a ConfigError naming %#', (strategy, field) => {
      const error = catchError(() => createMapper(strategy as MappingStrategy));

      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.field)).toContain(field);
    });

    it('names every misspelt field at once, with the field likely meant', () => {
      const attributes = { emial: 'mail', jobtitle: 'title' };
      const error = catchError(() => createMapper({ attributes } as MappingStrategy));

      expect((error as ConfigError).issues).toEqual([
        { field: 'attributes.emial', message: 'is not a mapped field; did you mean email?' },
        { field: 'attributes.jobtitle', message: 'is not a mapped field; did you mean jobTitle?' },
      ]);
    });
  });

  describe('when given a function', () => {
    it('hands it the standard mapping to build on', () => {
      const mapped = mapWith((_user, context) => {
        const base = expectPerson(context.standard);

        return { ...base, team: 'Custom' };
      });

      expect(expectPerson(mapped)).toMatchObject({ fullName: 'Jane Doe', team: 'Custom' });
    });

    it('skips a person with the reason the function gives', () => {
      const skip = expectSkip(mapWith(() => ({ skip: 'contractors are not synced' })));

      expect(skip).toStrictEqual({
        oktaId: user.id,
        code: 'MAPPER_SKIPPED',
        reason: 'Left out by the custom mapping: "contractors are not synced"',
      });
    });

    it.each([
      [
        'a missing email',
        person({ email: undefined as unknown as string }),
        '"email" (is missing)',
      ],
      ['an invalid email', person({ email: 'a@b' }), '"email" (must be a valid email address'],
      ['a blank name', person({ fullName: ' ' }), '"fullName" (must not be blank)'],
      ['an impossible start date', person({ startDate: '2027-02-30' }), '"startDate"'],
      ['an unknown status', person({ status: 'gone' as 'active' }), '"status"'],
      ['another user id', person({ oktaId: '00u2other' }), '"oktaId"'],
      ['a misspelt field', { ...person(), jobtitle: 'x' }, '"jobtitle" (is not a person field)'],
      ['a nested attribute', person({ attributes: { a: { b: 1 } } as never }), '"attributes.a"'],
      ['null', null, '"person"'],
    ])('skips %s with MAPPER_FAILED naming the field', (_title, output, named) => {
      const skip = expectSkip(mapWith(() => output as DirectoryPerson));

      expect(skip.code).toBe('MAPPER_FAILED');
      expect(skip.oktaId).toBe(user.id);
      expect(skip.reason).toContain(named);
    });

    it('skips a person whose function throws, without its message', () => {
      const skip = expectSkip(
        mapWith(() => {
          throw new TypeError('secret-token-123');
        }),
      );

      expect(skip).toMatchObject({ oktaId: user.id, code: 'MAPPER_FAILED' });
      expect(skip.reason).toContain('"TypeError"');
      expect(skip.reason).not.toContain('secret-token-123');
    });

    it('maps the next person normally after one failed', () => {
      let calls = 0;
      const mapper = createMapper((_user, context) => {
        calls += 1;
        if (calls === 1) throw new Error('first');

        return expectPerson(context.standard);
      });

      expectSkip(mapper.map(user, mappingContext));
      expect(expectPerson(mapper.map(user, mappingContext)).oktaId).toBe(user.id);
    });

    it('keeps the policy of the options it was given', () => {
      const mapper = createMapper((_u, context) => expectPerson(context.standard), {
        managerMatch: ['email'],
      });

      expect(mapper.policy?.managerMatch).toStrictEqual(['email']);
    });
  });

  describe('when given a PersonMapper', () => {
    it('passes a valid outcome through with the mapper policy', () => {
      const policy = { managerMatch: ['login' as const], keepWhenEmpty: [] };
      const own: PersonMapper = {
        policy,
        map: () => ({ kind: 'person', person: person({ team: 'Own' }) }),
      };

      const mapper = createMapper(own);

      expect(expectPerson(mapper.map(user, mappingContext)).team).toBe('Own');
      expect(mapper.policy).toBe(policy);
    });

    it('keeps a coded skip but names it by the user id', () => {
      const own: PersonMapper = {
        map: () => ({ kind: 'skip', skip: { oktaId: 'x', code: 'EMAIL_MISSING', reason: 'No.' } }),
      };

      expect(expectSkip(mapWith(own))).toStrictEqual({
        oktaId: user.id,
        code: 'EMAIL_MISSING',
        reason: 'No.',
      });
    });

    it.each([
      ['an outcome of no kind', { person: person() }, '"outcome"'],
      ['an unknown skip code', { kind: 'skip', skip: { code: 'NOPE', reason: 'x' } }, 'skip.code'],
      ['a blank skip reason', { kind: 'skip', skip: { code: 'EMAIL_MISSING' } }, 'skip.reason'],
    ])('turns %s into MAPPER_FAILED', (_title, outcome, named) => {
      const own = { map: () => outcome } as unknown as PersonMapper;

      const skip = expectSkip(mapWith(own));

      expect(skip.code).toBe('MAPPER_FAILED');
      expect(skip.reason).toContain(named);
    });
  });

  describe('when given something else', () => {
    it.each([[null], [42], [{}], [{ map: 'nope' }]])('throws a ConfigError for %j', (strategy) => {
      expect(() => createMapper(strategy as unknown as MappingStrategy)).toThrow(ConfigError);
    });
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }

  throw new Error('expected an error');
}
