import fc from 'fast-check';

/** Keys that reach for the prototype or shadow a built-in. */
export const dangerousKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
);

/** Text an attacker or a broken import could put in a profile. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '\r\nX-Injected: 1',
    'Ada\r\nSet-Cookie: session=stolen',
    'Ada\u0000Lovelace',
    '\u202Eevil\u202C',
    'a\tb\u0007c\u001b[31m',
    '🦄 Ada 👩🏽‍💻',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    '__proto__',
    '   ',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc
    .array(fc.string({ unit: 'grapheme-ascii', maxLength: 4 }), { maxLength: 3 })
    .map((parts) => parts.join('\r\n')),
);

const profileKey = fc.constantFrom(
  'email',
  'login',
  'firstName',
  'lastName',
  'displayName',
  'department',
  'title',
  'managerId',
  'startDate',
  'timezone',
  'employeeNumber',
  'costCenter',
);

const anyKey = fc.oneof(profileKey, dangerousKey, fc.string({ maxLength: 6 }));

/** Any JSON value, small, with hostile keys and text. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('ada@example.com', 'ADA@Example.COM', 'a@b', 'ada@example.com\r\nBcc: x@y.z'),
  hostileText,
);

const profile = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(anyKey, fc.oneof(hostileText, hostileJson), { maxKeys: 6 }),
  },
  {
    weight: 4,
    arbitrary: fc.record(
      { email, firstName: hostileText, lastName: hostileText, displayName: hostileText },
      { requiredKeys: ['email'] },
    ),
  },
  { weight: 1, arbitrary: hostileJson },
);

const oktaStatus = fc.oneof(
  fc.constantFrom('ACTIVE', 'STAGED', 'SUSPENDED', 'DEPROVISIONED', 'LOCKED_OUT'),
  hostileText,
);

/**
 * An Okta user as it arrives on the wire: JSON text parsed, so
 * `__proto__` keys are own properties, as `JSON.parse` makes them.
 */
export const wireUser: fc.Arbitrary<unknown> = fc
  .record(
    {
      id: fc.oneof(fc.stringMatching(/^00u[0-9A-Za-z]{17}$/), hostileText, hostileJson),
      status: oktaStatus,
      lastUpdated: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), hostileText),
      profile,
      __proto__: hostileJson,
      constructor: hostileJson,
    },
    { requiredKeys: ['id', 'status', 'profile'] },
  )
  .map((user) => JSON.parse(JSON.stringify(user)) as unknown);

/** A few users that try to pollute the prototype outright. */
export const pollutingUsers: unknown[] = [
  '{"id":"00u1","status":"ACTIVE","profile":{"__proto__":{"polluted":"yes"},"email":"a@b.co"}}',
  '{"id":"00u2","status":"ACTIVE","__proto__":{"polluted":"yes"},"profile":{"email":"a@b.co"}}',
  '{"id":"00u3","status":"ACTIVE","profile":{"constructor":{"prototype":{"polluted":"yes"}}}}',
  '{"id":"00u4","status":"__proto__","profile":{"email":"a@b.co","firstName":"__proto__"}}',
].map((text) => JSON.parse(text) as unknown);
