import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMapper } from '../../src/mapping/create-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import { isValidEmail } from '../../src/mapping/email.js';
import type { MapOutcome } from '../../src/mapping/person-mapper.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { mappingContext, mapUntrusted } from './mapping-harness.js';

const skipCodes = [
  'EMAIL_MISSING',
  'EMAIL_INVALID',
  'PROFILE_INVALID',
  'MAPPER_FAILED',
  'MAPPER_SKIPPED',
];
const statuses = ['active', 'pending', 'suspended', 'deactivated'];
const oktaStatuses = [
  'STAGED',
  'PROVISIONED',
  'ACTIVE',
  'RECOVERY',
  'PASSWORD_EXPIRED',
  'LOCKED_OUT',
  'SUSPENDED',
  'DEPROVISIONED',
];

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString');
const profileKey = fc.constantFrom('email', 'firstName', 'lastName', 'displayName', 'title');
const key = fc.oneof(fc.string({ unit: 'binary' }), dangerousKey, profileKey);

const anything = fc.anything({
  key,
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
});

const text = fc.string({ unit: 'binary', maxLength: 40 });
const dateText = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  text,
);

// Mostly well-formed values, sometimes anything at all, so that both
// persons and every kind of skip come out of the same run.
function mostly<T>(usual: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: anything, weight: 1 });
}

const oktaId = fc.stringMatching(/^00u[0-9A-Za-z]{17}$/);
const email = fc.oneof(fc.emailAddress(), fc.constantFrom('a@b', ' Jane@Example.COM '));

const oktaProfile = fc.record(
  {
    email: mostly(email),
    firstName: mostly(text),
    lastName: mostly(text),
    displayName: mostly(text),
    title: mostly(text),
    department: mostly(text),
    managerId: mostly(fc.oneof(oktaId, fc.integer())),
    startDate: mostly(dateText),
    timezone: mostly(fc.constantFrom('Pacific/Auckland', 'America/Los_Angeles', 'UTC', 'Nope/No')),
    login: mostly(email),
    employeeNumber: mostly(fc.oneof(text, fc.integer())),
    costCenter: anything,
  },
  { requiredKeys: ['email'] },
);

const oktaShapedUser = fc.record(
  {
    id: mostly(oktaId),
    status: mostly(fc.constantFrom(...oktaStatuses)),
    lastUpdated: mostly(fc.oneof(dateText, fc.date())),
    profile: fc.oneof(
      { arbitrary: oktaProfile, weight: 4 },
      { arbitrary: fc.dictionary(key, anything), weight: 1 },
      { arbitrary: anything, weight: 1 },
    ),
  },
  { requiredKeys: ['id', 'status', 'profile'] },
);

function isCodedOutcome(outcome: MapOutcome): boolean {
  if (outcome.kind === 'skip') {
    const { oktaId, code, reason } = outcome.skip;

    return typeof oktaId === 'string' && skipCodes.includes(code) && reason.length > 0;
  }

  const { person } = outcome;

  return (
    isValidEmail(person.email) &&
    person.fullName.trim() !== '' &&
    statuses.includes(person.status) &&
    (person.startDate === null || /^\d{4}-\d{2}-\d{2}$/.test(person.startDate))
  );
}

const mapperOptions: fc.Arbitrary<DefaultMapperOptions> = fc.record(
  {
    tenantTimeZone: fc.constantFrom('UTC', 'Pacific/Kiritimati', 'America/Adak'),
    passThrough: fc.uniqueArray(fc.constantFrom('costCenter', '__proto__', 'constructor', 'email')),
    suspendedStatus: fc.constantFrom('suspended' as const, 'active' as const),
    fullName: fc.constantFrom('firstLast' as const, 'displayName' as const),
  },
  { requiredKeys: [] },
);

// What a careless or hostile host mapping might return.
const customOutput = fc.oneof(
  anything,
  fc.record({ skip: anything }),
  fc.dictionary(
    fc.constantFrom('email', 'fullName', 'status', 'startDate', 'attributes'),
    anything,
  ),
);

function hostMapping(output: unknown, throws: boolean) {
  return (_user: OktaUser, context: { standard: MapOutcome }) => {
    if (throws) throw output;
    if (context.standard.kind !== 'person') return output as DirectoryPerson;

    return { ...context.standard.person, ...(output as object) };
  };
}

describe('createDefaultMapper', () => {
  describe('when given arbitrary JSON-ish input and options', () => {
    it('returns a person or a coded skip and never throws', () => {
      fc.assert(
        fc.property(fc.oneof(anything, oktaShapedUser), mapperOptions, (input, options) => {
          expect(isCodedOutcome(mapUntrusted(input, options))).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('when given arbitrary JSON-ish input', () => {
    it('returns a person or a coded skip and never throws', () => {
      const prototypeKeys = Reflect.ownKeys(Object.prototype);

      fc.assert(
        fc.property(fc.oneof(anything, oktaShapedUser), (input) => {
          expect(isCodedOutcome(mapUntrusted(input))).toBe(true);
        }),
        { numRuns: 1000 },
      );

      expect(Reflect.ownKeys(Object.prototype)).toStrictEqual(prototypeKeys);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    });
  });

  describe('when given Okta-shaped users with a valid id, status and email', () => {
    it('always returns a person keeping the trimmed email', () => {
      const validUser = fc.record({
        id: oktaId,
        status: fc.constantFrom(...oktaStatuses),
        profile: fc.record({ email: fc.emailAddress(), title: fc.oneof(text, anything) }),
      });

      fc.assert(
        fc.property(validUser, (user) => {
          const outcome = mapUntrusted(user);

          expect(outcome).toMatchObject({ kind: 'person', person: { email: user.profile.email } });
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('createMapper', () => {
  describe('when a host mapping returns or throws anything', () => {
    it('returns a person or a coded skip and never throws', () => {
      const run = fc.property(
        fc.oneof(anything, oktaShapedUser),
        customOutput,
        fc.boolean(),
        (input, output, throws) => {
          const mapper = createMapper(hostMapping(output, throws));

          expect(isCodedOutcome(mapper.map(input as OktaUser, mappingContext))).toBe(true);
        },
      );

      fc.assert(run, { numRuns: 1000 });
    });
  });
});
