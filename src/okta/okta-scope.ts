import type { ConfigIssue } from '../errors/config-error.js';

/**
 * Which people of the org a directory lists:
 * - `org`: everyone (the default);
 * - `app`: the people assigned to one Okta app, directly or through a group;
 * - `groups`: the members of the chosen groups;
 * - `search`: the users an Okta `search` expression matches, such as
 *   `profile.department eq "Engineering"`.
 *
 * Leavers: with `org`, deactivated people come from the `deprovisioned`
 * listing. With the other scopes that listing is empty: a person who
 * leaves the scope (unassigned, removed from the groups, no longer
 * matching, or deactivated, which removes app assignments) is simply not
 * listed, and the engine's sweep of the unseen deactivates them. A `search`
 * scope lists matching DEPROVISIONED users itself.
 */
export type OktaScope =
  | { kind: 'org' }
  | { kind: 'app'; appId: string }
  | { kind: 'groups'; groupIds: readonly string[] }
  | { kind: 'search'; search: string };

// Okta ids are short alphanumeric strings; anything else would change the path.
const OKTA_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True when a value can be an Okta id (of an app, a group or a user). */
export function isOktaId(value: unknown): boolean {
  return OKTA_ID.test(String(value));
}

/** What is wrong with a scope, one issue per problem; empty when usable. */
export function findScopeIssues(scope: OktaScope): ConfigIssue[] {
  switch (scope.kind) {
    case 'org':
      return [];
    case 'app':
      return OKTA_ID.test(String(scope.appId))
        ? []
        : [
            {
              field: 'scope.appId',
              message: 'use the app id from the Admin Console, such as 0oa1b2c3d4',
            },
          ];
    case 'groups':
      return findGroupIssues(scope.groupIds);
    case 'search':
      return findSearchIssues(scope.search);
    default:
      return [{ field: 'scope.kind', message: 'use "org", "app", "groups" or "search"' }];
  }
}

function findGroupIssues(groupIds: readonly string[]): ConfigIssue[] {
  const ids = Array.isArray(groupIds) ? groupIds : [];

  if (ids.length > 0 && ids.every((id) => OKTA_ID.test(String(id)))) {
    return [];
  }

  return [{ field: 'scope.groupIds', message: 'list one or more group ids, such as 00g1b2c3d4' }];
}

function findSearchIssues(search: string): ConfigIssue[] {
  if (typeof search === 'string' && search.trim() !== '' && !/[\r\n]/.test(search)) {
    return [];
  }

  const message = 'write one Okta search expression, such as profile.department eq "Sales"';

  return [{ field: 'scope.search', message }];
}
