import { ConfigError } from '../../errors/config-error.js';
import type { OktaUser } from '../../okta/okta-user.js';
import { type Clock, systemClock } from '../../ports/clock.js';
import { FakeOrg } from './fake-org.js';
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
  /** Clock for `lastUpdated` bumps and headers; the system clock by default. */
  clock?: Clock;
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

  if (options.users !== undefined) {
    return new FakeOrg({ token, clock, users: options.users, manifest: null });
  }

  const { users, manifest } = generateOrg({
    people: options.people ?? DEFAULT_FAKE_ORG_PEOPLE,
    seed: options.seed ?? DEFAULT_FAKE_ORG_SEED,
    ...(options.baseDate === undefined ? {} : { baseDate: options.baseDate }),
  });

  return new FakeOrg({ token, clock, users, manifest });
}
