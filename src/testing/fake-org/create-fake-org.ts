import { ConfigError } from '../../errors/config-error.js';
import type { OktaUser } from '../../okta/okta-user.js';
import { type Clock, systemClock } from '../../ports/clock.js';
import type { FakeEventHook } from './fake-event-hook.js';
import { FakeOrg, type FakeOrgParts } from './fake-org.js';
import type { FakeServiceApp } from './fake-service-app.js';
import { generateOrg } from './generate-org.js';

/** Options of {@link createFakeOrg}. */
export interface CreateFakeOrgOptions {
  /** People to generate; 2,000 by default. Ignored when `users` is given. */
  people?: number;
  /** Generator seed; `'okta-sync'` by default. */
  seed?: number | string;
  /** API token to accept; {@link DEFAULT_FAKE_ORG_TOKEN} by default. */
  token?: string;
  /** Serve exactly these users, in this order, instead of generating. */
  users?: readonly OktaUser[];
  /** The generated org's "now"; see `GenerateOrgOptions.baseDate`. */
  baseDate?: string;
  /**
   * Clock for `lastUpdated` bumps, headers and rate-limit windows; the
   * system clock by default. Share a virtual timer with the directory to
   * run minutes of windows in milliseconds.
   */
  clock?: Clock;
  /** Requests per minute before 429s; 600 by default. */
  rateLimitPerMinute?: number;
  /** Requests in flight at once before concurrency 429s; 75 by default. */
  concurrencyLimit?: number;
  /** Real milliseconds each answer takes; 0 by default. */
  latencyMs?: number;
  /**
   * A service app whose `private_key_jwt` assertions the token endpoint
   * accepts; the access tokens it issues then work like the API token.
   */
  serviceApp?: FakeServiceApp;
  /** The org's event hooks; none by default. */
  eventHooks?: readonly FakeEventHook[];
}

/** The token a fake org accepts unless told otherwise. Not a secret. */
export const DEFAULT_FAKE_ORG_TOKEN = '00fake-okta-sync-test-token';

/** The seed a fake org is generated from unless told otherwise. */
export const DEFAULT_FAKE_ORG_SEED = 'okta-sync';

/** How many people a fake org has unless told otherwise. */
export const DEFAULT_FAKE_ORG_PEOPLE = 2000;

/**
 * Makes a fake Okta org: generated from a seed (with its manifest), or
 * holding the given users (manifest null).
 *
 * @throws ConfigError when the token is empty or generation options are out of range.
 */
export function createFakeOrg(options: CreateFakeOrgOptions = {}): FakeOrg {
  const token = options.token ?? DEFAULT_FAKE_ORG_TOKEN;
  const clock = options.clock ?? systemClock;

  if (token.trim() === '') {
    throw new ConfigError([{ field: 'token', message: 'must not be empty' }]);
  }

  const limits = {
    ...readLimits(options),
    ...(options.serviceApp === undefined ? {} : { serviceApp: options.serviceApp }),
    ...(options.eventHooks === undefined ? {} : { eventHooks: options.eventHooks }),
  };

  if (options.users !== undefined) {
    return new FakeOrg({ token, clock, users: options.users, manifest: null, ...limits });
  }

  const { users, manifest } = generateOrg({
    people: options.people ?? DEFAULT_FAKE_ORG_PEOPLE,
    seed: options.seed ?? DEFAULT_FAKE_ORG_SEED,
    ...(options.baseDate === undefined ? {} : { baseDate: options.baseDate }),
  });

  return new FakeOrg({ token, clock, users, manifest, ...limits });
}

type FakeOrgLimits = Pick<FakeOrgParts, 'rateLimitPerMinute' | 'concurrencyLimit' | 'latencyMs'>;

function readLimits(options: CreateFakeOrgOptions): FakeOrgLimits {
  const { rateLimitPerMinute, concurrencyLimit, latencyMs } = options;
  const limits = { rateLimitPerMinute, concurrencyLimit, latencyMs };
  const wrong = Object.entries(limits).filter(
    ([, value]) => value !== undefined && !(Number.isInteger(value) && value >= 0),
  );

  if (wrong.length > 0) {
    const issues = wrong.map(([field]) => ({
      field,
      message: 'must be a whole number, 0 or more',
    }));
    throw new ConfigError(issues);
  }

  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
