import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors/config-error.js';
import { type IssueWording, toConfigIssues, unknownKeyMessage } from './to-config-issues.js';
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
  return unknownKeys(schema, options).map(({ path, meant }): ConfigIssue => {
    const owner = path.length === 1 ? wording.belongsTo?.[path[0] ?? ''] : undefined;
    const message =
      owner === undefined
        ? unknownKeyMessage(wording, meant)
        : `is not an option here: it is a setting of ${owner}`;

    return { field: path.join('.'), message };
  });
}

function firstPerField(issues: readonly ConfigIssue[]): ConfigIssue[] {
  const byField = new Map<string, ConfigIssue>();

  for (const issue of issues) {
    if (!byField.has(issue.field)) byField.set(issue.field, issue);
  }

  return [...byField.values()];
}
