import type { ConfigIssue } from '../errors/config-error.js';
import { RateBudgetRegistry } from './rate-budget-registry.js';

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isObject: Check = (value) => typeof value === 'object' && value !== null;
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
const isScopes: Check = (value) => isString(value) || isStringList(value);
const isKey: Check = (value) => isString(value) || isObject(value);
const isTimer: Check = (value) =>
  isObject(value) && typeof (value as { now?: unknown }).now === 'function';

/** What each option must be, when given, before anything reads it. */
const expected: Record<string, [Check, string]> = {
  orgUrl: [isString, 'use the org URL as text, such as https://acme.okta.com'],
  token: [isString, 'use the API token as text'],
  serviceApp: [isObject, 'use an object with clientId, privateKey and keyId'],
  allowHttp: [isBoolean, 'use true or false'],
  allowedHosts: [isStringList, 'use a list of domain names'],
  scope: [isObject, 'use an object such as { kind: "org" }'],
  teamGroups: [isObject, 'use { groupIds: [...] } or { namePrefix: "..." }'],
  pageSize: [isNumber, 'use a whole number from 1 to 200'],
  appPageSize: [isNumber, 'use a whole number from 1 to 500'],
  maxRetries: [isNumber, 'use a whole number, 0 or more'],
  rateLimitShare: [isNumber, 'use a number above 0 and at most 1'],
  rateLimitPatienceMs: [isNumber, 'use whole milliseconds, 0 or more'],
  requestTimeoutMs: [isNumber, 'use whole milliseconds, 1 or more'],
  userAgent: [isString, 'use a single line of text'],
  rateBudgets: [(value) => value instanceof RateBudgetRegistry, 'use a RateBudgetRegistry'],
  timer: [isTimer, 'use a Timer, such as systemTimer'],
};

/** The same for the nested options that are lists or keys. */
const nested: [string, (options: Record<string, unknown>) => unknown, Check, string][] = [
  ['serviceApp.clientId', (o) => field(o.serviceApp, 'clientId'), isString, 'use text'],
  [
    'serviceApp.privateKey',
    (o) => field(o.serviceApp, 'privateKey'),
    isKey,
    'use PEM text or a JWK',
  ],
  ['serviceApp.keyId', (o) => field(o.serviceApp, 'keyId'), isString, 'use text'],
  ['serviceApp.scopes', (o) => field(o.serviceApp, 'scopes'), isScopes, 'use a list of scopes'],
  ['scope.groupIds', (o) => field(o.scope, 'groupIds'), isStringList, 'use a list of group ids'],
];

/**
 * Checks the type of every option given, so that a wrong type is a coded
 * `ConfigError` naming the field, never a `TypeError` from deep inside
 * (a `null` service app, a list that is a string, an object whose
 * `toString` throws).
 */
export function findOptionTypeIssues(options: unknown): ConfigIssue[] {
  if (!isObject(options)) {
    return [{ field: 'options', message: 'pass an object of options' }];
  }

  const given = options as Record<string, unknown>;
  const issues: ConfigIssue[] = [];

  for (const [name, [check, message]] of Object.entries(expected)) {
    if (given[name] !== undefined && !check(given[name])) {
      issues.push({ field: name, message });
    }
  }

  for (const [name, read, check, message] of nested) {
    const value = read(given);

    if (value !== undefined && !check(value)) {
      issues.push({ field: name, message });
    }
  }

  return issues;
}

function field(parent: unknown, name: string): unknown {
  return isObject(parent) && Object.hasOwn(parent as object, name)
    ? (parent as Record<string, unknown>)[name]
    : undefined;
}
