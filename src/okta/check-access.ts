import {
  type AccessFinding,
  type FindingText,
  type ProbeNeed,
  toAccessFinding,
} from './access-finding.js';
import { checkEventHook } from './check-event-hook.js';
import { fetchAppAssignment } from './fetch-app-assignment.js';
import { fetchUser } from './fetch-user.js';
import { getOktaJson, type OktaConnection } from './okta-http.js';
import type { OktaScope } from './okta-scope.js';

/** Options of `checkAccess`. */
export interface CheckAccessOptions {
  /**
   * The app people sign in through (the host's app in Okta), whose
   * assignment the admin needs; the app scope's app by default.
   */
  appId?: string;
  /**
   * The admin who must be assigned to that app, by id or login; by default
   * the API token's owner. A service app has no owner: name the admin.
   */
  adminUser?: string;
  /**
   * Where Okta should deliver the tenant's events (the platform's
   * `event-hooks` route). When given, the org's event hook for it is
   * found and checked: active, verified, and subscribed to the events a
   * sync of the scope acts on (needs `okta.eventHooks.read`).
   */
  hookUrl?: string;
}

/** What the checks run against. */
export interface AccessContext {
  connection: OktaConnection;
  orgUrl: string;
  scope: OktaScope;
  /** Whom `me` names: the token's owner, or nobody for a service app. */
  hasOwner: boolean;
}

const READ_USERS: ProbeNeed = { check: 'read users', scope: 'okta.users.read' };
const READ_APP: ProbeNeed = { check: "read the app's users", scope: 'okta.apps.read' };
const READ_GROUP: ProbeNeed = { check: "read a group's members", scope: 'okta.groups.read' };
const READ_ADMIN: ProbeNeed = { check: "read the admin's app assignment", scope: 'okta.apps.read' };

/**
 * Checks that the credentials work and can read what a sync of the scope
 * reads, and that the admin is assigned to the app. Resolves to one
 * finding per problem, empty when all is well; never rejects for an Okta
 * failure. A rejected token or an unreachable org ends the checks early,
 * since every other check would fail the same way.
 */
export async function checkAccess(
  context: AccessContext,
  options: CheckAccessOptions = {},
): Promise<AccessFinding[]> {
  const { connection, orgUrl } = context;
  const users = await probe(READ_USERS, () =>
    getOktaJson(connection, `${orgUrl}/api/v1/users?limit=1`),
  );

  if (users?.code === 'credentials-rejected' || users?.code === 'org-unreachable') {
    return [users];
  }

  const findings = [
    users,
    ...(await checkScope(context)),
    await checkAdmin(context, options),
    ...(options.hookUrl === undefined ? [] : await checkEventHook(context, options.hookUrl)),
  ];

  return findings.filter((finding) => finding !== undefined);
}

async function probe(
  need: ProbeNeed,
  read: () => Promise<unknown>,
  byStatus: Readonly<Record<number, FindingText>> = {},
): Promise<AccessFinding | undefined> {
  try {
    await read();

    return undefined;
  } catch (error) {
    return toAccessFinding(need, error, byStatus);
  }
}

function checkScope(context: AccessContext): Promise<(AccessFinding | undefined)[]> {
  const { scope } = context;

  switch (scope.kind) {
    case 'app':
      return Promise.all([probeApp(context, scope.appId)]);
    case 'groups':
      return Promise.all(scope.groupIds.map((groupId) => probeGroup(context, groupId)));
    case 'search':
      return Promise.all([probeSearch(context, scope.search)]);
    default:
      return Promise.resolve([]);
  }
}

function probeApp(context: AccessContext, appId: string): Promise<AccessFinding | undefined> {
  const url = `${context.orgUrl}/api/v1/apps/${encodeURIComponent(appId)}/users?limit=1`;
  const notFound: FindingText = {
    code: 'app-not-found',
    message: `Okta has no app with the id ${appId}`,
    action: "copy the app id from the app's page in the Admin Console (it starts with 0oa)",
  };

  return probe(READ_APP, () => getOktaJson(context.connection, url), { 404: notFound });
}

function probeGroup(context: AccessContext, groupId: string): Promise<AccessFinding | undefined> {
  const url = `${context.orgUrl}/api/v1/groups/${encodeURIComponent(groupId)}/users?limit=1`;
  const notFound: FindingText = {
    code: 'group-not-found',
    message: `Okta has no group with the id ${groupId}`,
    action: "copy the group id from the group's page in the Admin Console (it starts with 00g)",
  };

  return probe(READ_GROUP, () => getOktaJson(context.connection, url), { 404: notFound });
}

function probeSearch(context: AccessContext, search: string): Promise<AccessFinding | undefined> {
  const url = new URL('/api/v1/users', context.orgUrl);
  url.searchParams.set('search', search);
  url.searchParams.set('limit', '1');
  const invalid: FindingText = {
    code: 'search-invalid',
    message: 'Okta refused the search expression of the scope',
    action: 'fix the expression (such as profile.department eq "Sales") and check again',
  };

  return probe(READ_USERS, () => getOktaJson(context.connection, url.href), { 400: invalid });
}

async function checkAdmin(
  context: AccessContext,
  options: CheckAccessOptions,
): Promise<AccessFinding | undefined> {
  const appId = options.appId ?? (context.scope.kind === 'app' ? context.scope.appId : undefined);
  const admin = options.adminUser ?? (context.hasOwner ? 'me' : undefined);

  if (appId === undefined || admin === undefined) {
    return undefined;
  }

  try {
    return await findAdminAssignment(context, appId, admin);
  } catch (error) {
    return toAccessFinding(READ_ADMIN, error);
  }
}

async function findAdminAssignment(
  context: AccessContext,
  appId: string,
  admin: string,
): Promise<AccessFinding | undefined> {
  const { connection, orgUrl } = context;
  const user = await fetchUser(connection, orgUrl, admin);
  const who = admin === 'me' ? "the API token's admin" : admin;

  if (user === null) {
    const action = 'give the id or login of the admin who sets the sync up';

    const message =
      admin === 'me' ? 'Okta names no user as the API token’s admin' : `Okta has no user ${who}`;

    return { check: READ_ADMIN.check, code: 'admin-not-found', message, action };
  }

  if (await fetchAppAssignment(connection, orgUrl, appId, user.id)) {
    return undefined;
  }

  const login = typeof user.profile.login === 'string' ? user.profile.login : user.id;

  return {
    check: READ_ADMIN.check,
    code: 'admin-not-assigned',
    message: `The admin ${login} is not assigned to the app ${appId}`,
    action: `assign ${login} to the app in the Admin Console (the app's Assignments tab)`,
  };
}
