import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBullmqQueue } from '../../src/adapters/bullmq/bullmq-queue.js';
import { runServe, type ServeFlags } from '../../src/cli/commands/serve-command.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { TenantExport } from '../../src/engine/export-people.js';
import type { SyncReport } from '../../src/engine/sync-report.js';
import {
  createFakeOrg,
  type FakeOrg,
  type FakeOrgServer,
  serveFakeOrg,
} from '../../src/testing/fake-org/index.js';
import {
  castOf,
  expectEffects,
  hookSecret,
  playDeliveries,
  waitForOutput,
} from '../hooks/serve-scenario.js';
import { captureIo } from '../support/capture-io.js';
import { databaseUrl, redisUrl, serviceReachable } from '../support/services.js';

const reachable =
  (await serviceReachable('PostgreSQL', databaseUrl)) &&
  (await serviceReachable('Redis', redisUrl));
// A queue and tenant of its own: the services are shared with other tests.
const run = randomUUID().replaceAll('-', '').slice(0, 12);
const queueName = `okta-sync-cli-${run}`;
let org: FakeOrg;
let orgServer: FakeOrgServer;

beforeEach(async () => {
  org = createFakeOrg({ people: 40, seed: 'serve-redis' });
  orgServer = await serveFakeOrg(org);
});

afterEach(() => orgServer.close());

afterAll(async () => {
  if (!reachable) return;

  const queue = await createBullmqQueue({ redisUrl, queueName });
  await queue.queue.obliterate({ force: true });
  await queue.close();
});

async function cli(args: string[]) {
  const io = captureIo();
  const code = await runCli(args, io);

  return { code, stdout: io.out(), stderr: io.err() };
}

/** `okta-sync sync` putting a full sync of `tenant` on this run's queue. */
function queueSync(tenant: string): string[] {
  return ['sync', '--redis-url', redisUrl, '--queue', queueName, '--tenant', tenant];
}

describe.skipIf(!reachable)('okta-sync serve and sync on PostgreSQL and BullMQ', () => {
  const tenant = `cli-redis-${run}`;
  const store = ['--database-url', databaseUrl, '--tenant', tenant];

  it('runs two serve processes on one queue, and queues a sync for them', {
    timeout: 90_000,
  }, async () => {
    const okta = ['--org-url', orgServer.url, '--token', org.token, '--allow-http'];
    expect((await cli(['sync', ...okta, ...store])).code).toBe(0);
    const synced = JSON.parse((await cli(['export', ...store, '--json'])).stdout) as TenantExport;
    const cast = castOf(org, synced);

    const flags: ServeFlags = {
      orgUrl: orgServer.url,
      token: org.token,
      port: '0',
      host: '127.0.0.1',
      db: 'unused',
      databaseUrl,
      tenant,
      allowHttp: true,
      redisUrl,
      queue: queueName,
      concurrency: '2',
    };
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const ios = [
      captureIo({ OKTA_HOOK_SECRET: hookSecret }),
      captureIo({ OKTA_HOOK_SECRET: hookSecret }),
    ];
    const serving = ios.map((io) => runServe(flags, io, stopped));
    const output = () => ios.map((io) => io.out() + io.err()).join('\n');
    await waitForOutput(() => ios[0]!.out(), 'Listening on', 30_000);
    await waitForOutput(() => ios[1]!.out(), 'Listening on', 30_000);
    const hookUrl = /Listening on (\S+)/.exec(ios[0]!.out())?.[1] ?? '';
    // The daily scheduler's first full sync runs at once; a starter added
    // while it lists would be created by it, not by the hook's job.
    await waitForOutput(output, 'full-sync: succeeded', 30_000);

    await playDeliveries(org, cast, hookUrl, output);

    const queued = await cli([...queueSync(tenant), '--wait', '--json']);

    expect(queued.code).toBe(0);
    expect(queued.stderr).toMatch(
      /^A full sync of tenant \S+ (is|was already) queued \(job \S+\)\.\nWaiting for a worker on queue okta-sync-cli-\w+; Ctrl-C stops waiting, the job stays queued\.\n$/,
    );
    expect((JSON.parse(queued.stdout) as SyncReport).status).toBe('succeeded');

    stop();
    expect(await Promise.all(serving)).toEqual([0, 0]);
    expect(output()).toMatch(/daily full sync scheduled/);
    expectEffects(JSON.parse((await cli(['export', ...store, '--json'])).stdout), cast);
  });

  it('queues without waiting, and says so', async () => {
    const queued = await cli(queueSync(`${tenant}-later`));

    expect(queued.code).toBe(0);
    expect(queued.stdout).toMatch(/^A full sync of tenant \S+-later is queued \(job \S+\)\.\n$/);
  });

  it('refuses an empty --tenant, as every command does', async () => {
    const refused = await cli([...queueSync(''), '--wait']);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--tenant.*must not be empty/);
  });

  it('refuses --dry-run with --redis-url', async () => {
    const refused = await cli(['sync', '--redis-url', redisUrl, '--dry-run']);

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--dry-run .*drop --redis-url/);
  });
});

describe('okta-sync sync with a --redis-url nothing answers', () => {
  it('fails in one line naming Redis', { timeout: 20_000 }, async () => {
    const queued = await cli(['sync', '--redis-url', 'redis://127.0.0.1:1', '--tenant', 't']);

    expect(queued.code).toBe(2);
    expect(queued.stderr).toBe(
      'okta-sync: Redis at 127.0.0.1:1 did not answer within 5 s; is it running?\n',
    );
  });
});

describe('okta-sync flags checked before anything is reached', () => {
  it('names --redis-url, not the library setting, when it is no Redis URL', async () => {
    const run = await cli(['sync', '--redis-url', 'http://127.0.0.1:6379', '--tenant', 't']);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('okta-sync: --redis-url: use a redis:// or rediss:// URL\n');
  });

  it('refuses a --port past 65535 as a usage error', async () => {
    const okta = ['--org-url', 'https://acme.okta.com', '--token', 'x', '--hook-secret', 's'];
    const run = await cli(['serve', ...okta, '--port', '99999']);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe('okta-sync: --port must be at most 65535, got "99999"\n');
  });
});
