import type { z } from 'zod';
import type { ConfigIssue } from '../errors/config-error.js';

/** How issues that name no single setting are worded. */
export interface IssueWording {
  /** What to say when the value itself is of the wrong type. */
  wrongType?: string;
  /** What to say about a key a strict schema does not know. */
  unknownKey?: string;
  /**
   * Keys that are settings of another function, by the function: a
   * setting passed to the wrong one is told where it belongs.
   */
  belongsTo?: Readonly<Record<string, string>>;
}

const defaultWrongType = 'pass an object of options';
const defaultUnknownKey = 'is not an option here: check its spelling';

/**
 * Turns zod's issues into `ConfigIssue`s with dotted field paths, such as
 * `guard.maxFraction` or `managerMatch.0`, one issue per field (the first
 * zod found), so a value that breaks two rules is named once.
 */
export function toConfigIssues(error: z.ZodError, wording: IssueWording = {}): ConfigIssue[] {
  return firstPerField(error.issues.flatMap((issue) => describeIssue(issue, wording)));
}

/** The first issue of each field, in order. */
export function firstPerField(issues: readonly ConfigIssue[]): ConfigIssue[] {
  const byField = new Map<string, ConfigIssue>();

  for (const issue of issues) {
    if (!byField.has(issue.field)) byField.set(issue.field, issue);
  }

  return [...byField.values()];
}

function describeIssue(issue: z.core.$ZodIssue, wording: IssueWording): ConfigIssue[] {
  const path = issue.path.map(String);

  if (issue.code === 'unrecognized_keys') {
    const message = unknownKeyMessage(wording, null);

    return issue.keys.map((key) => ({ field: fieldOf([...path, key]), message }));
  }

  // A value of the wrong type says so; a rule across settings keeps its own words.
  const wrongType = path.length === 0 && issue.code === 'invalid_type';
  const message = wrongType ? (wording.wrongType ?? defaultWrongType) : issue.message;

  return [{ field: fieldOf(path), message }];
}

/**
 * What is said of a key no setting has: where it belongs when it is
 * another function's setting, else the one it likely meant, if any.
 */
export function unknownKeyMessage(
  wording: IssueWording,
  meant: string | null,
  key?: string,
): string {
  const { unknownKey, belongsTo } = wording;
  const owner = key === undefined ? undefined : belongsTo?.[key];
  if (owner !== undefined) return `is not an option here: it is a setting of ${owner}`;
  if (meant === null) return unknownKey ?? defaultUnknownKey;

  return unknownKey === undefined
    ? `is not an option here: did you mean ${meant}?`
    : `${unknownKey}; did you mean ${meant}?`;
}

function fieldOf(path: readonly string[]): string {
  // An issue about the whole value names the options object itself.
  return path.length === 0 ? 'options' : path.join('.');
}
