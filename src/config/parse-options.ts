import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import {
  firstPerField,
  type IssueWording,
  toConfigIssues,
  unknownKeyMessage,
} from './to-config-issues.js';
import { unknownKeys } from './unknown-keys.js';

/**
 * Checks options against their schema and returns them with the defaults
 * filled in, as a new object: the caller's is never changed. A key no
 * setting has is refused too, naming the setting it most likely meant:
 * a misspelt option would otherwise be dropped without a word.
 *
 * @throws ConfigError naming every setting that is wrong, at once.
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: unknown,
  wording: IssueWording = {},
): z.output<Schema> {
  const result = schema.safeParse(options);
  const unknown = unknownKeyIssues(schema, options, wording);

  if (result.success && unknown.length === 0) {
    return result.data;
  }

  const found = result.success ? [] : toConfigIssues(result.error, wording);
  const issues = firstPerField([...unknown, ...found]);

  throw new ConfigError(issues, result.success ? {} : { cause: result.error });
}

function unknownKeyIssues(schema: z.ZodType, options: unknown, wording: IssueWording) {
  return unknownKeys(schema, options).map(
    ({ path, meant }): ConfigIssue => ({
      field: path.join('.'),
      // Only a top-level key can be another function's setting.
      message: unknownKeyMessage(wording, meant, path.length === 1 ? path[0] : undefined),
    }),
  );
}
