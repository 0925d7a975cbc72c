import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { createSyncEngine } from '../../src/engine/sync-engine.js';
import { isSyncError } from '../../src/errors/sync-error.js';
import { createEventHookHandler } from '../../src/hooks/event-hook-handler.js';
import { createMapper } from '../../src/mapping/create-mapper.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import type { MapOutcome, PersonMapper } from '../../src/mapping/person-mapper.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { parseOrgUrl } from '../../src/okta/org-url.js';
import { createOktaDirectory } from '../../src/okta/sdk-okta-directory.js';
import { recordingQueue } from '../hooks/hook-fixtures.js';
import { ListDirectory } from '../support/list-directory.js';
import {
  dangerousKey,
  hostileJson,
  hostileText,
  pollutingUsers,
  wireUser,
} from './hostile-arbitraries.js';

// At least 1,000 runs a property, as issue 9 asks; the arbitraries are
// small so each property stays well under a few seconds.
const runs = { numRuns: 1000 };
const context = { tenantId: 'acme', now: new Date('2026-12-04T00:00:00.000Z') };
const skipCodes = [
  'EMAIL_MISSING',
  'EMAIL_INVALID',
  'PROFILE_INVALID',
  'MAPPER_FAILED',
  'MAPPER_SKIPPED',
];
const TOKEN = 'sentinel-token-0123456789abcdef';

let prototypeKeys: string[] = [];

beforeEach(() => {
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});

afterEach(() => {
  // No input may have added or replaced anything on Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(Reflect.get({}, 'polluted')).toBeUndefined();
});

/** Whether the JSON of `value` holds a lone UTF-16 surrogate. */
function hasLoneSurrogate(value: unknown): boolean {
  return /\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(value) ?? '');
}

function expectSafeOutcome(outcome: MapOutcome, user: unknown) {
  if (outcome.kind === 'skip') {
    expect(skipCodes).toContain(outcome.skip.code);
    expect(typeof outcome.skip.reason).toBe('string');
    return;
  }

  expectSafePerson(outcome.person, user);
}

function expectSafePerson(person: DirectoryPerson, user: unknown) {
  for (const text of [person.fullName, person.team, person.jobTitle, person.email]) {
    // No line break or control character can reach a header, a log line or a CSV.
    expect(text ?? '').not.toMatch(/[\r\n\p{Cc}]/u);

    if (!hasLoneSurrogate(user)) {
      expect(hasLoneSurrogate(text ?? '')).toBe(false);
    }
  }

  expect(Object.getPrototypeOf(person.attributes ?? {})).toBe(Object.prototype);
}

const mappers: [string, PersonMapper][] = [
  ['the default mapper', createDefaultMapper()],
  [
    'the default mapper passing dangerous keys through',
    createDefaultMapper({ passThrough: ['__proto__', 'constructor', 'costCenter', 'toString'] }),
  ],
  [
    'an attribute-map mapper',
    createMapper({ attributes: { team: 'costCenter', fullName: 'displayName' } }),
  ],
  [
    'a mapping function that throws on some users',
    createMapper((user, { standard }) => {
      if (String(user.profile.firstName ?? '').includes('a')) throw new TypeError('boom');

      return standard.kind === 'person' ? standard.person : { skip: 'not a person' };
    }),
  ],
];

describe('the mappers, for hostile Okta users', () => {
  describe.each(mappers)('%s', (_name, mapper) => {
    it('maps any wire JSON to a person or a coded skip, never a throw', () => {
      fc.assert(
        fc.property(wireUser, (user) => {
          expectSafeOutcome(mapper.map(user as OktaUser, context), user);
        }),
        runs,
      );
    });

    it('leaves the prototype alone for users built to pollute it', () => {
      for (const user of pollutingUsers) {
        expectSafeOutcome(mapper.map(user as OktaUser, context), user);
      }
    });
  });

  describe('the default mapper, for names in 4-byte Unicode and with injected headers', () => {
    it('keeps the emoji whole and folds the line breaks into spaces', () => {
      const user = {
        id: '00u1',
        status: 'ACTIVE',
        profile: {
          email: 'ada@example.com',
          firstName: '🦄 Ada\r\nX-Injected: 1',
          lastName: '👩🏽‍💻𝔘',
        },
      };

      const outcome = createDefaultMapper().map(user, context);

      expect(outcome).toMatchObject({
        kind: 'person',
        person: { fullName: '🦄 Ada X-Injected: 1 👩🏽‍💻𝔘' },
      });
    });
  });
});

/** Runs `make` and checks it either works or throws a coded library error. */
function worksOrThrowsCoded(make: () => unknown, codes: readonly string[]) {
  try {
    make();
  } catch (error) {
    expect(isSyncError(error) ? error.code : error).toSatisfy((code) =>
      codes.includes(code as string),
    );
    expect(String((error as Error).message)).not.toContain(TOKEN);
  }
}

/**
 * False for an object (at any depth) whose own `toString` or `valueOf` is
 * not callable: String() and Number() throw a TypeError on it. Every option is
 * type-checked before anything coerces it (see the wrong-type cases below).
 */
function coercible(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) {
    return true;
  }

  const own = (key: string) =>
    Object.hasOwn(value, key) && typeof Reflect.get(value, key) !== 'function';

  return !own('toString') && !own('valueOf') && Object.values(value).every(coercible);
}

// Settings arrive as JSON (a config file, an admin form, the environment),
// so every value goes through JSON text and back.
const anyValue = fc
  .oneof(hostileJson, hostileText)
  .map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown)
  .filter(coercible);

const someNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1, 200, 500, Number.NaN),
  anyValue,
);

const orgUrl = fc.oneof(
  fc.constantFrom(
    'https://acme.okta.com',
    'https://user:pw@acme.okta.com',
    'http://127.0.0.1:8080',
    'https://169.254.169.254',
    'https://acme.okta.com.evil.example',
    'https://acme-admin.okta.com',
    'https://acme.okta.com/oauth2/default',
    'https://acme.okta.com?x=1',
    'https://acme.okta.com\r\nHost: evil.example',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileText,
  anyValue,
);

const directoryOptions = fc.record(
  {
    orgUrl,
    token: fc.oneof(fc.constant(TOKEN), fc.constant(`${TOKEN}\r\n`), anyValue),
    allowHttp: fc.oneof(fc.boolean(), anyValue),
    scope: fc.oneof(
      fc.record({ kind: fc.constantFrom('org', 'app', 'groups', 'search', '__proto__') }),
      fc.record({ kind: fc.constant('app'), appId: anyValue }),
      fc.record({ kind: fc.constant('groups'), groupIds: anyValue }),
      fc.record({ kind: fc.constant('search'), search: anyValue }),
      anyValue,
    ),
    teamGroups: fc.oneof(
      fc.record({ groupIds: anyValue }),
      fc.record({ namePrefix: anyValue }),
      anyValue,
    ),
    pageSize: someNumber,
    appPageSize: someNumber,
    maxRetries: someNumber,
    rateLimitShare: someNumber,
    rateLimitPatienceMs: someNumber,
    requestTimeoutMs: someNumber,
    userAgent: anyValue,
  },
  { requiredKeys: [] },
);

describe('the settings parsers, for any settings', () => {
  describe('createOktaDirectory', () => {
    it('makes a directory or throws a coded error that never repeats the token', () => {
      fc.assert(
        fc.property(directoryOptions, (options) => {
          worksOrThrowsCoded(
            () => createOktaDirectory(options as never),
            ['ERR_CONFIG_INVALID', 'ERR_ORG_URL_INVALID'],
          );
        }),
        runs,
      );
    });
  });

  describe('createSyncEngine', () => {
    it('makes an engine or throws a coded error, whatever the guard and durations', () => {
      const store = createMemoryStore();
      const directory = new ListDirectory([]);
      const engineOptions = fc.record(
        {
          guard: fc.oneof(
            fc.record({ maxFraction: someNumber, minCount: someNumber }, { requiredKeys: [] }),
            anyValue,
          ),
          managers: fc.oneof(fc.constantFrom('individual', 'team', 'both'), anyValue),
          leaseTtlMs: someNumber,
          resumeWithinMs: someNumber,
          eventRetentionMs: someNumber,
        },
        { requiredKeys: [] },
      );

      fc.assert(
        fc.property(engineOptions, (options) => {
          const make = () => createSyncEngine({ store, directory, ...(options as object) });
          worksOrThrowsCoded(make, ['ERR_CONFIG_INVALID']);
        }),
        runs,
      );
    });
  });

  describe('createMapper and createDefaultMapper', () => {
    it('make a mapper or throw a coded error, whatever the strategy and options', () => {
      const mapperOptions = fc.oneof(
        fc.dictionary(
          fc.oneof(
            fc.constantFrom(
              'fullName',
              'emailAttribute',
              'teamSource',
              'passThrough',
              'tenantTimeZone',
            ),
            fc.constantFrom('managerMatch', 'keepWhenEmpty', 'suspendedStatus', 'teamGroupPrefix'),
            dangerousKey,
          ),
          anyValue,
          { maxKeys: 3 },
        ),
        anyValue,
      );
      const strategy = fc.oneof(
        fc.record({
          attributes: fc.oneof(fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }), anyValue),
        }),
        anyValue,
      );

      fc.assert(
        fc.property(strategy, mapperOptions, (chosen, options) => {
          worksOrThrowsCoded(
            () => createMapper(chosen as never, options as never),
            ['ERR_CONFIG_INVALID'],
          );
          worksOrThrowsCoded(() => createDefaultMapper(options as never), ['ERR_CONFIG_INVALID']);
        }),
        runs,
      );
    });
  });

  describe('parseOrgUrl', () => {
    it('returns a bare origin with no credentials, or throws a coded error', () => {
      const hosts = fc.array(fc.oneof(fc.domain(), hostileText), { maxLength: 2 });

      fc.assert(
        fc.property(orgUrl, fc.boolean(), hosts, (input, allowHttp, allowedHosts) => {
          let origin: string;

          try {
            origin = parseOrgUrl(input as string, { allowHttp, allowedHosts });
          } catch (error) {
            expect(isSyncError(error) ? error.code : error).toMatch(
              /^ERR_(ORG_URL|CONFIG)_INVALID$/,
            );
            return;
          }

          expect(origin).toMatch(/^https?:\/\/[^/@?#\s]+$/);
          expect(origin.startsWith('https://') || allowHttp).toBe(true);
        }),
        runs,
      );
    });
  });

  describe('createEventHookHandler', () => {
    it('makes a handler or throws a coded error that never repeats the secret', () => {
      const handlerOptions = fc.record(
        {
          tenantId: fc.oneof(fc.constant('acme'), anyValue),
          // A secret or header name of another type: see the wrong-type cases.
          secret: fc.oneof(
            fc.constant(TOKEN),
            fc.array(fc.oneof(fc.constant(TOKEN), hostileText), { maxLength: 3 }),
            hostileText,
          ),
          headerName: fc.oneof(fc.constantFrom('authorization', 'x-hook\r\nx: 1'), hostileText),
          maxBodyBytes: someNumber,
        },
        { requiredKeys: ['secret'] },
      );

      fc.assert(
        fc.property(handlerOptions, (options) => {
          const make = () =>
            createEventHookHandler({ queue: recordingQueue(), ...(options as object) } as never);
          worksOrThrowsCoded(make, ['ERR_CONFIG_INVALID']);
        }),
        runs,
      );
    });
  });
});

const loose = { toString: '' };
const base = { orgUrl: 'https://acme.okta.com', token: TOKEN };
const queue = recordingQueue();

// Regressions: each settings value below once threw a TypeError from deep
// inside instead of a ConfigError naming the field.
const wrongTypes: [string, () => unknown][] = [
  [
    'a directory with serviceApp: null',
    () => createOktaDirectory({ orgUrl: base.orgUrl, serviceApp: null } as never),
  ],
  [
    'a directory with serviceApp.scopes: {}',
    () =>
      createOktaDirectory({
        orgUrl: base.orgUrl,
        serviceApp: { clientId: 'a', privateKey: 'x', scopes: {} },
      } as never),
  ],
  [
    'a directory with allowedHosts: "acme.com"',
    () => createOktaDirectory({ ...base, allowedHosts: 'acme.com' } as never),
  ],
  [
    'a directory with rateBudgets: {}',
    () => createOktaDirectory({ ...base, rateBudgets: {} } as never),
  ],
  [
    'a directory with scope.groupIds: [{ toString: "" }]',
    () => createOktaDirectory({ ...base, scope: { kind: 'groups', groupIds: [loose] } } as never),
  ],
  [
    'a directory with orgUrl: { toString: "" }',
    () => createOktaDirectory({ ...base, orgUrl: loose } as never),
  ],
  [
    'a directory with rateLimitShare: { toString: "" }',
    () => createOktaDirectory({ ...base, rateLimitShare: loose } as never),
  ],
  [
    'an engine with guard.maxFraction: { toString: "" }',
    () =>
      createSyncEngine({
        store: createMemoryStore(),
        directory: new ListDirectory([]),
        guard: { maxFraction: loose },
      } as never),
  ],
  [
    'a hook handler without a secret',
    () => createEventHookHandler({ queue, tenantId: 'acme' } as never),
  ],
  [
    'a hook handler with headerName: 5',
    () =>
      createEventHookHandler({ queue, tenantId: 'acme', secret: TOKEN, headerName: 5 } as never),
  ],
];

describe('the settings parsers, for values of the wrong type', () => {
  it.each(wrongTypes)('refuse %s with a ConfigError', (_name, make) => {
    let caught: unknown;

    try {
      make();
    } catch (error) {
      caught = error;
    }

    expect(caught).toMatchObject({ code: 'ERR_CONFIG_INVALID' });
  });
});

/** A body nested `depth` levels deep, as JSON text. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('the event hook parser, for hostile bodies', () => {
  const statuses = [200, 400, 401, 413];
  const hookBody = fc.oneof(
    hostileJson.map((value) => JSON.stringify({ data: { events: [value] } })),
    hostileJson.map((value) => JSON.stringify(value) ?? ''),
    fc
      .array(
        fc.record({
          uuid: hostileText,
          eventType: fc.oneof(fc.constantFrom('user.lifecycle.create', '__proto__'), hostileText),
          target: fc.array(
            fc.record({
              id: fc.oneof(hostileText, fc.constant('__proto__')),
              type: fc.constantFrom('User', '__proto__'),
            }),
            { maxLength: 2 },
          ),
          __proto__: hostileJson,
        }),
        { maxLength: 3 },
      )
      .map((events) => JSON.stringify({ eventType: 'com.okta.event_hook', data: { events } })),
    fc.integer({ min: 1, max: 4 }).map((power) => nestedJson(10 ** power)),
  );

  it('answers any body with a status and queues only well-formed jobs of its tenant', async () => {
    const queue = recordingQueue();
    const handler = createEventHookHandler({ queue, tenantId: 'acme', secret: TOKEN });

    await fc.assert(
      fc.asyncProperty(hookBody, async (body) => {
        const response = await handler.handle({
          method: 'POST',
          headers: { authorization: TOKEN },
          body,
        });

        expect(statuses).toContain(response.status);
        expect(response.body).not.toContain(TOKEN);
      }),
      runs,
    );

    for (const job of queue.jobs) {
      expect(job).toMatchObject({ kind: 'sync-person', tenantId: 'acme' });
      expect(job.kind === 'sync-person' && /^[A-Za-z0-9]{1,64}$/.test(job.oktaId)).toBe(true);
    }
  });

  it('refuses a body over the limit with 413, before parsing it', async () => {
    const handler = createEventHookHandler({
      queue: recordingQueue(),
      tenantId: 'acme',
      secret: TOKEN,
      maxBodyBytes: 1024,
    });

    const response = await handler.handle({
      method: 'POST',
      headers: { authorization: TOKEN },
      body: nestedJson(100_000),
    });

    expect(response.status).toBe(413);
  });
});
