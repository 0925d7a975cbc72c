import { readFileSync } from 'node:fs';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { DirectoryPerson } from '../../src/mapping/directory-person.js';
import type { MapOutcome, MappingContext } from '../../src/mapping/person-mapper.js';
import type { SkippedPerson } from '../../src/mapping/skipped-person.js';
import type { OktaUser } from '../../src/okta/okta-user.js';

/** The context every mapping test passes; the default mapper ignores it. */
export const mappingContext: MappingContext = {
  tenantId: 'tenant-1',
  now: new Date('2027-05-01T09:00:00.000Z'),
};

/** A fixture file from test/fixtures, parsed as Okta sent it. */
export function readFixture(name: string): unknown {
  const url = new URL(`../fixtures/${name}`, import.meta.url);

  return JSON.parse(readFileSync(url, 'utf8'));
}

/** Maps wire data of any shape, as the engine would hand it over. */
export function mapUntrusted(value: unknown, options?: DefaultMapperOptions): MapOutcome {
  const mapper = createDefaultMapper(options);

  return mapper.map(value as OktaUser, mappingContext);
}

/** The person of an outcome; fails the test when it is a skip. */
export function expectPerson(outcome: MapOutcome): DirectoryPerson {
  if (outcome.kind !== 'person') {
    throw new Error(`expected a person, got skip ${outcome.skip.code}: ${outcome.skip.reason}`);
  }

  return outcome.person;
}

/** The skip of an outcome; fails the test when it is a person. */
export function expectSkip(outcome: MapOutcome): SkippedPerson {
  if (outcome.kind !== 'skip') {
    throw new Error(`expected a skip, got person ${outcome.person.oktaId}`);
  }

  return outcome.skip;
}
