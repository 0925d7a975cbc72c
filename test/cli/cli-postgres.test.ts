import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { TenantExport } from '../../src/engine/export-people.js';
import type { SyncReport } from '../../src/engine/sync-report.js';
import { createFakeOrg, createFakeOrgHandlers } from '../../src/testing/fake-org/index.js';
import { captureIo } from '../support/capture-io.js';
import { databaseUrl, serviceReachable } from '../support/services.js';

const reachable = await serviceReachable('PostgreSQL', databaseUrl);
const orgUrl = 'https://acme.okta.com';
const org = createFakeOrg({ people: 120, seed: 'cli-postgres' });
let server: ReturnType<typeof setupServer>;

beforeAll(async () => {
  server = setupServer(...(await createFakeOrgHandlers(org, orgUrl)));
  server.listen({ onUnhandledRequest: 'error' });
});

afterAll(() => server.close());

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli(args, io);

  return { code, stdout: io.out(), stderr: io.err() };
}

describe.skipIf(!reachable)('okta-sync with --database-url (server PostgreSQL)', () => {
  // A fresh tenant per run: the CLI's tables live in the shared test database.
  const tenant = `cli-${randomUUID()}`;
  const store = ['--database-url', databaseUrl, '--tenant', tenant];

  it('syncs into PostgreSQL and exports what it stored', async () => {
    const synced = await cli([
      'sync',
      '--org-url',
      orgUrl,
      '--token',
      org.token,
      ...store,
      '--json',
    ]);

    expect(synced.stderr).toBe('');
    expect(synced.code).toBe(0);
    const created = (JSON.parse(synced.stdout) as SyncReport).counts.created;
    const expected = org.manifest!.expected.persons;
    expect(created).toBe(expected.length);

    const exported = await cli(['export', ...store, '--json']);

    const people = (JSON.parse(exported.stdout) as TenantExport).people;
    expect(people.map((person) => person.oktaId).sort()).toEqual(
      expected.map((person) => person.oktaId).sort(),
    );
  });
});

describe('okta-sync with a --database-url nothing answers', () => {
  it('fails with one line naming where PostgreSQL was looked for', async () => {
    const run = await cli(['export', '--database-url', 'postgres://nobody@127.0.0.1:1/none']);

    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'okta-sync: ERR_STORE_FAILED: Could not reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED)\n',
    );
  });

  it('refuses a URL that is not PostgreSQL as a usage error', async () => {
    const run = await cli(['export', '--database-url', 'mysql://x']);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('okta-sync: --database-url must be a postgres:// URL\n');
  });
});
