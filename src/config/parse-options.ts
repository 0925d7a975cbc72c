import type { z } from 'zod';
import { ConfigError } from '../errors/config-error.js';
import { type IssueWording, toConfigIssues } from './to-config-issues.js';

/**
 * Checks options against their schema and returns them with the defaults
 * filled in, as a new object: the caller's is never changed.
 *
 * @throws ConfigError naming every setting that is wrong, at once.
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: unknown,
  wording: IssueWording = {},
): z.output<Schema> {
  const result = schema.safeParse(options);

  if (!result.success) {
    throw new ConfigError(toConfigIssues(result.error, wording), { cause: result.error });
  }

  return result.data;
}
