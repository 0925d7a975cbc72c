import type { AccessFinding, FindingText, ProbeNeed } from './access-finding.js';
import { toAccessFinding } from './access-finding.js';
import type { AccessContext } from './check-access.js';
import { type OktaEventHook, readEventHooks } from './okta-event-hook.js';
import { getOktaJson } from './okta-http.js';
import type { OktaScope } from './okta-scope.js';

/** The `check` of every finding about the event hook. */
export const EVENT_HOOK_CHECK = 'read the event hooks';

const READ_HOOKS: ProbeNeed = { check: EVENT_HOOK_CHECK, scope: 'okta.eventHooks.read' };

// What each kind of change needs: a new starter, a change, a leaver.
const CORE_EVENTS = [
  'user.lifecycle.create',
  'user.lifecycle.activate',
  'user.account.update_profile',
  'user.lifecycle.deactivate',
];

// Moves in and out of a scoped sync.
const SCOPE_EVENTS: Partial<Record<OktaScope['kind'], string[]>> = {
  app: ['application.user_membership.add', 'application.user_membership.remove'],
  groups: ['group.user_membership.add', 'group.user_membership.remove'],
};

const WHERE = 'Workflow › Event Hooks in the Admin Console';

/**
 * Finds the org's event hook that delivers to `hookUrl` and checks that
 * Okta will use it: active, verified, and subscribed to the events a sync
 * of the scope acts on. Resolves to its problems, empty when none.
 *
 * Okta answers a token that may not read hooks (any admin but a super
 * admin, unless a custom role allows it) with a 403, the same as when the
 * Event Hooks feature is off; the finding says both.
 */
export async function checkEventHook(
  context: AccessContext,
  hookUrl: string,
): Promise<AccessFinding[]> {
  if (!isWebUrl(hookUrl)) return [{ check: EVENT_HOOK_CHECK, ...badHookUrl }];

  try {
    const { body } = await getOktaJson(context.connection, `${context.orgUrl}/api/v1/eventHooks`);

    return judge(readEventHooks(body), hookUrl, context.scope);
  } catch (error) {
    return [toAccessFinding(READ_HOOKS, error, { 403: cannotRead })];
  }
}

const badHookUrl: FindingText = {
  code: 'settings-invalid',
  message: 'The hook URL is not an absolute https URL',
  action:
    "give the public URL of the tenant's event hook route, such as " +
    'https://learn.example.com/tenants/acme/okta/event-hooks',
};

function isWebUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

const cannotRead: FindingText = {
  code: 'event-hooks-unreadable',
  message: "Okta refused to show the org's event hooks",
  action:
    'turn on Event Hooks under Settings › Features if it is off; otherwise let the ' +
    "credentials read hooks (a super admin's token, or okta.eventHooks.read granted to and " +
    `listed in the scopes of the service app), or check the hook by hand under ${WHERE}`,
};

function judge(hooks: OktaEventHook[], hookUrl: string, scope: OktaScope): AccessFinding[] {
  const mine = hooks.filter((hook) => sameUrl(hook.uri, hookUrl));
  const check = EVENT_HOOK_CHECK;

  if (mine.length === 0) return [{ check, ...missing(hookUrl) }];

  // Of several hooks to the same URL, judge the one closest to working.
  const judged = mine.map((hook) => problems(hook, scope));
  const fewest = judged.reduce((best, next) => (next.length < best.length ? next : best));

  return fewest.map((problem) => ({ check, ...problem }));
}

function missing(hookUrl: string): FindingText {
  return {
    code: 'event-hook-missing',
    message: `No event hook of the org delivers to ${hookUrl}`,
    action:
      `create one under ${WHERE} with this URL and the tenant's hook secret in the ` +
      'Authorization header, then verify it; if that menu is missing, turn on Event Hooks ' +
      'under Settings › Features',
  };
}

function problems(hook: OktaEventHook, scope: OktaScope): FindingText[] {
  const found: FindingText[] = [];
  const absent = neededEvents(scope).filter((type) => !hook.events.includes(type));

  if (hook.status !== 'ACTIVE') found.push(inactive(hook));
  if (hook.verificationStatus !== 'VERIFIED') found.push(unverified(hook));
  if (absent.length > 0) found.push(eventsMissing(hook, absent));

  return found;
}

function inactive(hook: OktaEventHook): FindingText {
  return {
    code: 'event-hook-inactive',
    message: `The event hook ${quote(hook.name)} is not active, so Okta sends it nothing`,
    action: `activate it under ${WHERE}`,
  };
}

function unverified(hook: OktaEventHook): FindingText {
  return {
    code: 'event-hook-unverified',
    message: `The event hook ${quote(hook.name)} is not verified, so Okta sends it nothing`,
    action: `choose Verify on it under ${WHERE} once the platform's hook URL is reachable`,
  };
}

function eventsMissing(hook: OktaEventHook, absent: string[]): FindingText {
  return {
    code: 'event-hook-events-missing',
    message: `The event hook ${quote(hook.name)} does not subscribe to ${absent.join(', ')}`,
    action:
      `add them to the hook under ${WHERE}; until then those changes wait for the daily ` +
      'full sync',
  };
}

/** The event types a sync of this scope acts on at once. */
export function neededEvents(scope: OktaScope): string[] {
  return [...CORE_EVENTS, ...(SCOPE_EVENTS[scope.kind] ?? [])];
}

// Okta keeps the URI as typed; hosts compare case-insensitively, and a
// trailing slash is the same route on the router.
function sameUrl(left: string, right: string): boolean {
  return normalized(left) === normalized(right);
}

function normalized(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

function quote(name: string): string {
  return name === '' ? '(unnamed)' : `“${name}”`;
}
