import { z } from 'zod';
import { parseOptions } from '../config/parse-options.js';
import { ConfigError } from '../errors/config-error.js';
import type { OktaUser } from '../okta/okta-user.js';
import { type AttributeMap, attributeMapOptions } from './attribute-map.js';
import { checkMappedOutcome } from './check-mapped-outcome.js';
import { createDefaultMapper } from './default-mapper.js';
import type { DefaultMapperOptions } from './default-mapper-options.js';
import type { DirectoryPerson } from './directory-person.js';
import type { MapOutcome, MappingContext, PersonMapper } from './person-mapper.js';
import { readOktaId } from './read-okta-id.js';
import { describeMapperError } from './skip-reasons.js';

/** What a custom mapping function returns: a person, or why to skip them. */
export type MapFunctionResult =
  | DirectoryPerson
  | {
      /** Why the person is left out; reported as `MAPPER_SKIPPED`. */
      skip: string;
    };

/** What a custom mapping function is told beyond the user. */
export interface CustomMappingContext extends MappingContext {
  /** What the default mapper, with the same options, made of this user. */
  standard: MapOutcome;
}

/** A host's mapping, one Okta user at a time. */
export type MapFunction = (user: OktaUser, context: CustomMappingContext) => MapFunctionResult;

/**
 * How a host maps Okta users: an attribute map (`{ attributes: … }`), a
 * function, or a whole `PersonMapper`.
 */
export type MappingStrategy =
  | {
      /** Which profile attribute feeds each field; see {@link AttributeMap}. */
      attributes: AttributeMap;
    }
  | MapFunction
  | PersonMapper;

const attributeName = z.string().regex(/^\S{1,100}$/, {
  error: 'must be the name of an Okta profile attribute: 1–100 characters, no spaces',
});

const attributeMapSchema = z
  .object({
    email: attributeName,
    fullName: attributeName,
    team: attributeName,
    jobTitle: attributeName,
    manager: attributeName,
    startDate: attributeName,
    timeZone: attributeName,
  })
  .partial()
  .strict();

/**
 * A mapper from a host's strategy. Whatever the strategy, the mapper never
 * throws and every person it returns is checked: a strategy that throws or
 * returns a bad person skips that one person with `MAPPER_FAILED`, naming
 * the field, and the run goes on. `options` configure the default mapper
 * that an attribute map extends and a function gets as `standard`.
 *
 * @throws {ConfigError} when the strategy or the options are invalid.
 */
export function createMapper(
  strategy: MappingStrategy,
  options: DefaultMapperOptions = {},
): PersonMapper {
  if (typeof strategy === 'function') {
    return fromFunction(strategy, options);
  }

  if (isRecord(strategy) && 'attributes' in strategy) {
    return fromAttributeMap(strategy.attributes, options);
  }

  if (isRecord(strategy) && typeof strategy.map === 'function') {
    return guarded(strategy as PersonMapper);
  }

  throw new ConfigError([
    {
      field: 'strategy',
      message: 'must be { attributes }, a mapping function or an object with a map method',
    },
  ]);
}

// Checked as `{ attributes }`, so every field is named by its path.
const strategySchema = z.object({ attributes: attributeMapSchema });

function fromAttributeMap(map: unknown, options: DefaultMapperOptions): PersonMapper {
  const wording = { unknownKey: 'is not a mapped field' };
  const parsed = parseOptions(strategySchema, { attributes: map }, wording);
  const attributes = attributeMapOptions(parsed.attributes as AttributeMap);

  return createDefaultMapper({ ...options, ...attributes });
}

function fromFunction(map: MapFunction, options: DefaultMapperOptions): PersonMapper {
  const standard = createDefaultMapper(options);
  const mapper: PersonMapper = {
    map(user, context) {
      const result = map(user, { ...context, standard: standard.map(user, context) });

      return isRecord(result) && 'skip' in result
        ? {
            kind: 'skip',
            skip: { oktaId: '', code: 'MAPPER_SKIPPED', reason: String(result.skip) },
          }
        : { kind: 'person', person: result };
    },
  };

  return guarded(mapper, standard.policy);
}

/** Wraps a mapper so that it never throws and its output is checked. */
function guarded(mapper: PersonMapper, policy = mapper.policy): PersonMapper {
  const map = (user: OktaUser, context: MappingContext): MapOutcome => {
    const oktaId = readOktaId(user);

    try {
      return checkMappedOutcome(mapper.map(user, context), oktaId);
    } catch (error) {
      const reason = describeMapperError(errorName(error));

      return { kind: 'skip', skip: { oktaId, code: 'MAPPER_FAILED', reason } };
    }
  };

  return policy === undefined ? { map } : { map, policy };
}

function errorName(error: unknown): string {
  try {
    return error instanceof Error ? error.name : typeof error;
  } catch {
    return 'an error';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
