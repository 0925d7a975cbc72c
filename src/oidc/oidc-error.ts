import { SyncError } from '../errors/sync-error.js';

/** Why discovering an issuer failed; stable across releases. */
export type DiscoveryFailure =
  | 'issuer-invalid'
  | 'issuer-unreachable'
  | 'issuer-not-found'
  | 'issuer-mismatch';

/** Why a sign-in callback was refused; stable across releases. */
export type SignInFailure =
  | 'state-mismatch'
  | 'nonce-mismatch'
  | 'provider-error'
  | 'client-rejected'
  | 'token-invalid'
  | 'claims-invalid';

/**
 * The issuer could not be used: not an Okta issuer, not reachable, not an
 * authorization server, or naming itself differently (the trailing-slash
 * trap). `discoveredIssuer` is what Okta calls it, on a mismatch.
 */
export class OidcDiscoveryError extends SyncError {
  /** What is wrong with the issuer, for code to switch on. */
  readonly reason: DiscoveryFailure;
  /** The issuer Okta names itself, on `issuer-mismatch`; else undefined. */
  readonly discoveredIssuer: string | undefined;

  constructor(reason: DiscoveryFailure, message: string, cause?: unknown, discovered?: string) {
    super('ERR_OIDC_DISCOVERY_FAILED', message, { cause });
    this.reason = reason;
    this.discoveredIssuer = discovered;
  }
}

/** A sign-in callback that must not sign anybody in. */
export class SignInError extends SyncError {
  /** Why the callback was refused, for code to switch on. */
  readonly reason: SignInFailure;

  constructor(reason: SignInFailure, message: string, cause?: unknown) {
    super('ERR_SIGN_IN_FAILED', message, { cause });
    this.reason = reason;
  }
}
