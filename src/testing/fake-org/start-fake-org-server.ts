import { createFakeOrg } from './create-fake-org.js';
import type { FakeOrg } from './fake-org.js';
import type { OrgManifest } from './org-manifest.js';
import { serveFakeOrg } from './serve-fake-org.js';

/** Options of {@link startFakeOrgServer}. */
export interface StartFakeOrgServerOptions {
  /** People to generate; 2,000 by default. */
  people?: number;
  /** Generator seed; `'okta-sync'` by default. */
  seed?: number | string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** API token to accept; the fixed test token by default. */
  token?: string;
  /** The generated org's "now"; see `GenerateOrgOptions.baseDate`. */
  baseDate?: string;
}

/** A generated org served on 127.0.0.1, with what a client needs. */
export interface RunningFakeOrg {
  /** The org URL, such as `http://127.0.0.1:49152`. */
  url: string;
  /** The API token the org accepts. */
  token: string;
  /** The org itself, to change users or add faults while it serves. */
  org: FakeOrg;
  /** What a first sync of the generated users must produce. */
  manifest: OrgManifest;
  /** Stops the server. Idempotent. */
  close(): Promise<void>;
}

/**
 * Generates an org and serves it over HTTP on 127.0.0.1: the one call the
 * CLI demo and end-to-end tests need.
 *
 * @throws ConfigError when an option is out of range.
 */
export async function startFakeOrgServer(
  options: StartFakeOrgServerOptions = {},
): Promise<RunningFakeOrg> {
  const { port, ...orgOptions } = options;
  const org = createFakeOrg(orgOptions);
  const server = await serveFakeOrg(org, port === undefined ? {} : { port });

  return {
    url: server.url,
    token: org.token,
    org,
    manifest: org.manifest as OrgManifest,
    close: server.close,
  };
}
