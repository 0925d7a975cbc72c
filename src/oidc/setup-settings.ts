/**
 * What an admin types into the platform's Okta form, as the setup check
 * reads it. Every field but the org URL is optional: a check whose
 * settings are missing is skipped and said to be.
 */
export interface SetupSettings {
  /** The org URL, such as `https://acme.okta.com`. */
  orgUrl: string;
  /** The API token (step 7), without `SSWS `. */
  token?: string;
  /** The issuer from the app's Sign On tab (step 5). */
  issuer?: string;
  /** The OIDC app's client id (step 4); also the app's id in Okta. */
  clientId?: string;
  /** The OIDC app's client secret (step 4). */
  clientSecret?: string;
  /**
   * The admin who must be assigned to the app (step 6), by login or id;
   * the API token's owner by default.
   */
  adminLogin?: string;
  /**
   * The URL the platform serves the tenant's event hook at (step 2: Okta
   * must deliver there). The platform knows it; the admin does not type
   * it. When given, the org's hook for it is checked (active, verified,
   * subscribed to the events a sync acts on); without it, not at all.
   */
  hookUrl?: string;
}

/** Where a finding belongs in the brief's setup steps, in their order. */
export type SetupStep =
  | 'org-url'
  | 'event-hooks'
  | 'client-credentials'
  | 'issuer'
  | 'admin-assignment'
  | 'api-token';

/** What a setup check found wrong; stable across releases. */
export type SetupFindingCode =
  | 'org-url-invalid'
  | 'issuer-missing'
  | 'issuer-invalid'
  | 'issuer-unreachable'
  | 'issuer-not-found'
  | 'issuer-mismatch'
  | 'issuer-other-org'
  | 'client-missing'
  | 'client-rejected'
  | 'client-not-checked'
  | 'token-missing'
  | 'token-rejected'
  | 'token-lacks-rights'
  | 'admin-not-found'
  | 'admin-not-assigned'
  | 'event-hooks-unreadable'
  | 'event-hook-missing'
  | 'event-hook-inactive'
  | 'event-hook-unverified'
  | 'event-hook-events-missing'
  | 'settings-invalid'
  | 'okta-unavailable'
  | 'unexpected';

/** One problem the setup check found, and what to do about it. */
export interface SetupFinding {
  /** The setup step the problem belongs to. */
  step: SetupStep;
  /** What is wrong; stable, for code to switch on. */
  code: SetupFindingCode;
  /** What is wrong, in one sentence; never a secret. */
  message: string;
  /** What to do, in one sentence. */
  action: string;
}

/** What the setup check concluded. */
export interface SetupCheckResult {
  /** True when nothing was found wrong. */
  ok: boolean;
  /** Problems in the order of the setup steps; empty when `ok`. */
  findings: SetupFinding[];
}

/** The setup steps in the order the admin follows them. */
export const setupStepOrder: readonly SetupStep[] = [
  'org-url',
  'event-hooks',
  'client-credentials',
  'issuer',
  'admin-assignment',
  'api-token',
];
