import type { AccessFinding } from '../okta/access-finding.js';
import { EVENT_HOOK_CHECK } from '../okta/check-event-hook.js';
import type { OidcDiscoveryError } from './oidc-error.js';
import type { SetupFinding } from './setup-settings.js';

/**
 * The findings of an issuer that failed discovery: the issuer's own, and,
 * when the client id and secret were given, that they could not be
 * checked.
 */
export function describeDiscoveryFailure(
  error: OidcDiscoveryError,
  clientGiven: boolean,
): SetupFinding[] {
  const findings = [issuerFinding(error)];

  if (clientGiven) {
    findings.push({
      step: 'client-credentials',
      code: 'client-not-checked',
      message: 'The client id and secret could not be checked without a working issuer',
      action: 'fix the issuer, then check again',
    });
  }

  return findings;
}

function issuerFinding(error: OidcDiscoveryError): SetupFinding {
  const base = { step: 'issuer' as const, message: error.message };

  switch (error.reason) {
    case 'issuer-mismatch': {
      const discovered = error.discoveredIssuer ?? "the value on the app's Sign On tab";
      return { ...base, code: 'issuer-mismatch', action: `use exactly ${discovered}` };
    }
    case 'issuer-not-found':
      return {
        ...base,
        code: 'issuer-not-found',
        action:
          "copy the issuer from the app's Sign On tab: the org URL, or " +
          'https://<org>/oauth2/<server id> for a custom authorization server',
      };
    case 'issuer-unreachable':
      return {
        ...base,
        code: 'issuer-unreachable',
        action: 'check the issuer URL, the network and any proxy, then check again',
      };
    default:
      return {
        ...base,
        code: 'issuer-invalid',
        action: "copy the issuer from the app's Sign On tab",
      };
  }
}

/**
 * A finding of the Okta access check, placed in the setup steps: one of
 * reading the event hooks belongs to step 2 whatever went wrong.
 */
export function describeAccessFinding(finding: AccessFinding): SetupFinding {
  const described = describeByCode(finding);

  return finding.check === EVENT_HOOK_CHECK ? { ...described, step: 'event-hooks' } : described;
}

function describeByCode(finding: AccessFinding): SetupFinding {
  const text = { message: finding.message, action: finding.action };

  switch (finding.code) {
    case 'credentials-rejected':
      return { ...text, step: 'api-token', code: 'token-rejected' };
    case 'permission-missing':
      return { ...text, step: 'api-token', code: 'token-lacks-rights' };
    case 'admin-not-found':
      return { ...text, step: 'admin-assignment', code: 'admin-not-found' };
    case 'admin-not-assigned':
    case 'app-not-found':
      return { ...text, step: 'admin-assignment', code: 'admin-not-assigned' };
    case 'event-hooks-unreadable':
    case 'event-hook-missing':
    case 'event-hook-inactive':
    case 'event-hook-unverified':
    case 'event-hook-events-missing':
      return { ...text, step: 'event-hooks', code: finding.code };
    case 'org-url-invalid':
      return { ...text, step: 'org-url', code: 'org-url-invalid' };
    case 'settings-invalid':
      return { ...text, step: 'api-token', code: 'settings-invalid' };
    case 'org-unreachable':
    case 'rate-limited':
    case 'okta-unavailable':
      return { ...text, step: 'api-token', code: 'okta-unavailable' };
    default:
      return { ...text, step: 'api-token', code: 'unexpected' };
  }
}
