import { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import type { FullNameSource } from './full-name.js';

/** How the default mapper reads an Okta profile. Every field is optional. */
export interface DefaultMapperOptions {
  /** Where the full name comes from first; default `firstLast`. */
  fullName?: FullNameSource;
  /** Profile attribute holding the team name; default `department`. */
  teamAttribute?: string;
  /** Profile attribute holding the manager reference; default `managerId`. */
  managerAttribute?: string;
  /** Profile attribute holding the start date; default `startDate`. */
  startDateAttribute?: string;
}

/** The options with every default filled in. */
export type ResolvedMapperOptions = Readonly<Required<DefaultMapperOptions>>;

const attributeMessage =
  'must be the name of an Okta profile attribute: 1–100 characters, no spaces';

const attributeName = z
  .string({ error: attributeMessage })
  .regex(/^\S{1,100}$/, { error: attributeMessage })
  .optional();

const optionsSchema = z
  .object({
    fullName: z
      .enum(['firstLast', 'displayName'], { error: "must be 'firstLast' or 'displayName'" })
      .optional(),
    teamAttribute: attributeName,
    managerAttribute: attributeName,
    startDateAttribute: attributeName,
  })
  .strict();

const optionNames = Object.keys(optionsSchema.shape).join(', ');

/**
 * Checks the caller's options and fills in the defaults, without changing
 * the object passed in.
 *
 * @throws {ConfigError} naming each option that is wrong or unknown.
 */
export function resolveDefaultMapperOptions(options: unknown): ResolvedMapperOptions {
  const result = optionsSchema.safeParse(options);
  if (!result.success) {
    throw new ConfigError(result.error.issues.flatMap(toConfigIssues), { cause: result.error });
  }

  const { fullName, teamAttribute, managerAttribute, startDateAttribute } = result.data;

  return Object.freeze({
    fullName: fullName ?? 'firstLast',
    teamAttribute: teamAttribute ?? 'department',
    managerAttribute: managerAttribute ?? 'managerId',
    startDateAttribute: startDateAttribute ?? 'startDate',
  });
}

function toConfigIssues(issue: z.core.$ZodIssue): ConfigIssue[] {
  if (issue.code === 'unrecognized_keys') {
    const message = `is not a default mapper option (the options are ${optionNames})`;

    return issue.keys.map((key) => ({ field: key, message }));
  }

  if (issue.path.length === 0) {
    return [{ field: 'options', message: 'must be an object of default mapper options' }];
  }

  return [{ field: issue.path.map(String).join('.'), message: issue.message }];
}
