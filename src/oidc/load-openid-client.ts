import type * as OpenidClient from 'openid-client';

/** The `openid-client` module. */
export type OpenidClientModule = typeof OpenidClient;

let loading: Promise<OpenidClientModule> | undefined;

/**
 * Loads `openid-client` on first use and keeps it. The package is
 * ESM-only: a lazy `import()` (which the CommonJS build keeps as is) lets
 * the CommonJS entry load it on every Node version, and keeps it out of
 * hosts that never use OIDC.
 */
export function loadOpenidClient(): Promise<OpenidClientModule> {
  loading ??= import('openid-client');

  return loading;
}
