import { OktaRequestError } from '../errors/okta-request-error.js';

/** Every {@link AccessFindingCode}, in a list: for admin pages and exhaustive checks. */
export const accessFindingCodes = [
  'org-url-invalid',
  'settings-invalid',
  'org-unreachable',
  'credentials-rejected',
  'permission-missing',
  'app-not-found',
  'group-not-found',
  'search-invalid',
  'admin-not-found',
  'admin-not-assigned',
  'event-hooks-unreadable',
  'event-hook-missing',
  'event-hook-inactive',
  'event-hook-unverified',
  'event-hook-events-missing',
  'rate-limited',
  'okta-unavailable',
  'unexpected-response',
] as const;

/** What an access check found wrong; stable across releases. */
export type AccessFindingCode = (typeof accessFindingCodes)[number];

/** One problem an access check found, and what to do about it. */
export interface AccessFinding {
  /** What is wrong; stable, for code to switch on. */
  code: AccessFindingCode;
  /** What was being checked, such as `read users`. */
  check: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it, in one sentence. */
  action: string;
  /** The error behind the finding, if one was thrown. */
  cause?: unknown;
}

/** What one probe needs: the check's name and the OAuth scope it takes. */
export interface ProbeNeed {
  check: string;
  /** Such as `okta.users.read`. */
  scope: string;
}

/** A finding without its check and cause. */
export type FindingText = Pick<AccessFinding, 'code' | 'message' | 'action'>;

/**
 * Turns the error of a failed probe into a finding. `byStatus` says what
 * a status means for this probe, such as a 404 for an unknown app.
 */
export function toAccessFinding(
  need: ProbeNeed,
  error: unknown,
  byStatus: Readonly<Record<number, FindingText>> = {},
): AccessFinding {
  const base = { check: need.check, cause: error };
  const failure = error instanceof OktaRequestError ? error : undefined;
  const special = failure?.status === undefined ? undefined : byStatus[failure.status];

  return { ...base, ...(special ?? describeFailure(need, failure)) };
}

function describeFailure(need: ProbeNeed, failure: OktaRequestError | undefined): FindingText {
  switch (failure?.code) {
    case 'ERR_OKTA_UNAUTHORIZED':
      return {
        code: 'credentials-rejected',
        message: `Okta rejected the credentials (${label(failure)})`,
        action:
          'paste the API token again or make a new one (a token expires after 30 days ' +
          'unused or when its admin is deactivated); for a service app, check the client ' +
          'id, key id and private key',
      };
    case 'ERR_OKTA_FORBIDDEN':
      return {
        code: 'permission-missing',
        message: `Okta refused to let the credentials ${need.check} (${label(failure)})`,
        action:
          `grant the ${need.scope} scope to the service app, or give the token's admin ` +
          `a role that can ${need.check}`,
      };
    case 'ERR_OKTA_NETWORK':
      return {
        code: 'org-unreachable',
        message: 'Okta could not be reached',
        action: 'check the org URL, the network and any proxy, then check again',
      };
    default:
      return describeOther(failure);
  }
}

function describeOther(failure: OktaRequestError | undefined): FindingText {
  if (failure?.code === 'ERR_OKTA_RATE_LIMITED') {
    return {
      code: 'rate-limited',
      message: "Okta's rate limit was reached during the check",
      action: 'check again in a minute, when fewer syncs or integrations run',
    };
  }

  if (failure?.code === 'ERR_OKTA_UNAVAILABLE') {
    return {
      code: 'okta-unavailable',
      message: `Okta could not answer (${label(failure)})`,
      action: 'check again later, and see status.okta.com',
    };
  }

  return {
    code: 'unexpected-response',
    message: failure?.message ?? 'the check failed unexpectedly',
    action: 'check the org URL points at an Okta org; see the finding’s cause',
  };
}

function label(failure: OktaRequestError): string {
  return failure.oktaErrorCode ?? `HTTP ${failure.status ?? '?'}`;
}
