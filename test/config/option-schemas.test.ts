import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { BullmqQueueOptions } from '../../src/adapters/bullmq/bullmq-queue.js';
import { createBullmqQueue } from '../../src/adapters/bullmq/bullmq-queue.js';
import type { BullmqWorkerOptions } from '../../src/adapters/bullmq/bullmq-worker.js';
import { createBullmqWorker } from '../../src/adapters/bullmq/bullmq-worker.js';
import type { MemoryQueueOptions } from '../../src/adapters/memory/memory-sync-queue.js';
import {
  createMemoryStore,
  type MemoryStoreOptions,
} from '../../src/adapters/memory/memory-sync-store.js';
import type { PgliteStoreOptions } from '../../src/adapters/postgres/pglite-store.js';
import { createPgliteStore } from '../../src/adapters/postgres/pglite-store.js';
import type { PostgresStoreOptions } from '../../src/adapters/postgres/postgres-store.js';
import { createPostgresStore } from '../../src/adapters/postgres/postgres-store.js';
import type { SqlStoreOptions } from '../../src/adapters/postgres/sql-sync-store.js';
import { referenceSections } from '../../src/config/config-reference.js';
import { createSyncEngine, type SyncEngineOptions } from '../../src/engine/sync-engine.js';
import { ConfigError } from '../../src/errors/config-error.js';
import type { OktaSyncRouterOptions } from '../../src/express/okta-sync-router.js';
import { createOktaSyncRouter } from '../../src/express/okta-sync-router.js';
import {
  createEventHookHandler,
  type EventHookHandlerOptions,
} from '../../src/hooks/event-hook-handler.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { OktaDirectoryOptions } from '../../src/okta/okta-directory-options.js';
import { recordingQueue } from '../hooks/hook-fixtures.js';
import { ListDirectory } from '../support/list-directory.js';

type Keys<T> = Record<keyof T, true>;

// Each list is checked by tsc against the public interface: a setting added
// to an interface without a schema field fails here.
const interfaceKeys: Record<string, Keys<unknown> | object> = {
  OktaDirectoryOptions: {
    orgUrl: true,
    token: true,
    serviceApp: true,
    allowHttp: true,
    allowedHosts: true,
    scope: true,
    teamGroups: true,
    pageSize: true,
    appPageSize: true,
    maxRetries: true,
    rateLimitShare: true,
    rateLimitPatienceMs: true,
    requestTimeoutMs: true,
    rateBudgets: true,
    timer: true,
    userAgent: true,
  } satisfies Keys<OktaDirectoryOptions>,
  SyncEngineOptions: {
    store: true,
    directory: true,
    mapper: true,
    clock: true,
    logger: true,
    guard: true,
    managers: true,
    leaseTtlMs: true,
    resumeWithinMs: true,
    eventRetentionMs: true,
    startDates: true,
    queue: true,
  } satisfies Keys<SyncEngineOptions>,
  DefaultMapperOptions: {
    fullName: true,
    displayNameAttribute: true,
    emailAttribute: true,
    teamAttribute: true,
    teamSource: true,
    teamGroupPrefix: true,
    jobTitleAttribute: true,
    managerAttribute: true,
    managerMatch: true,
    startDateAttribute: true,
    timeZoneAttribute: true,
    tenantTimeZone: true,
    passThrough: true,
    suspendedStatus: true,
    keepWhenEmpty: true,
  } satisfies Keys<DefaultMapperOptions>,
  EventHookHandlerOptions: {
    queue: true,
    tenantId: true,
    secret: true,
    headerName: true,
    maxBodyBytes: true,
    ledger: true,
  } satisfies Keys<EventHookHandlerOptions>,
  OktaSyncRouterOptions: {
    engine: true,
    queue: true,
    store: true,
    hookSecretFor: true,
    authorize: true,
    resolveTenant: true,
    basePath: true,
    hookHeaderName: true,
    maxBodyBytes: true,
    ledger: true,
    settingsFor: true,
    checkSetup: true,
    onHookAnswer: true,
  } satisfies Keys<OktaSyncRouterOptions>,
  MemoryStoreOptions: { clock: true } satisfies Keys<MemoryStoreOptions>,
  MemoryQueueOptions: {
    worker: true,
    attempts: true,
    backoffMs: true,
  } satisfies Keys<MemoryQueueOptions>,
  PostgresStoreOptions: {
    connectionString: true,
    pool: true,
    maxConnections: true,
    schema: true,
    clock: true,
  } satisfies Keys<PostgresStoreOptions>,
  PgliteStoreOptions: {
    dataDir: true,
    schema: true,
    clock: true,
  } satisfies Keys<PgliteStoreOptions>,
  SqlStoreOptions: { schema: true, clock: true } satisfies Keys<SqlStoreOptions>,
  BullmqQueueOptions: {
    redisUrl: true,
    connection: true,
    onError: true,
    queueName: true,
    prefix: true,
    attempts: true,
    backoffMs: true,
  } satisfies Keys<BullmqQueueOptions>,
  BullmqWorkerOptions: {
    redisUrl: true,
    connection: true,
    onError: true,
    engine: true,
    queueName: true,
    prefix: true,
    concurrency: true,
    lockDurationMs: true,
    stalledIntervalMs: true,
  } satisfies Keys<BullmqWorkerOptions>,
};

describe('the options schemas', () => {
  describe.each(referenceSections)('for $title', (section) => {
    it('check exactly the settings of the public interface', () => {
      const schemaKeys = Object.keys((section.schema as z.ZodObject).shape).sort();

      expect(schemaKeys).toStrictEqual(Object.keys(interfaceKeys[section.title] ?? {}).sort());
    });
  });
});

async function configFieldsOf(work: () => unknown): Promise<string[]> {
  try {
    await work();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);

    return (error as ConfigError).issues.map((issue) => issue.field);
  }

  throw new Error('expected a ConfigError');
}

const engineBase = () => ({ store: createMemoryStore(), directory: new ListDirectory([]) });

describe('createSyncEngine', () => {
  describe('when a start-date setting or a port is wrong', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['activate as text', { startDates: { activate: 'yes' } }, ['startDates.activate']],
      [
        'an attribute with a space',
        { startDates: { timeZoneAttribute: 'time zone' } },
        ['startDates.timeZoneAttribute'],
      ],
      ['no store', { store: undefined }, ['store']],
      ['a directory that is text', { directory: 'acme' }, ['directory']],
      ['a zero lease', { leaseTtlMs: 0, resumeWithinMs: -1 }, ['leaseTtlMs', 'resumeWithinMs']],
    ])('refuses %s, naming the settings', async (_name, override, fields) => {
      const options = { ...engineBase(), ...override } as unknown as SyncEngineOptions;

      expect(await configFieldsOf(() => createSyncEngine(options))).toStrictEqual(fields);
    });
  });
});

const routerBase = () => ({
  engine: createSyncEngine(engineBase()),
  queue: recordingQueue(),
  store: createMemoryStore(),
  hookSecretFor: () => 'secret',
  authorize: () => 'admin',
});

describe('createOktaSyncRouter', () => {
  describe('when a callback is missing or a hook setting is wrong', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['no authorize', { authorize: undefined }, 'authorize'],
      ['a hook secret that is text', { hookSecretFor: 'secret' }, 'hookSecretFor'],
      ['a zero body limit', { maxBodyBytes: 0 }, 'maxBodyBytes'],
      ['a header name with a space', { hookHeaderName: 'x auth' }, 'hookHeaderName'],
    ])('refuses %s when made, not on the first request', async (_name, override, field) => {
      const options = { ...routerBase(), ...override } as unknown as OktaSyncRouterOptions;

      expect(await configFieldsOf(() => createOktaSyncRouter(options))).toStrictEqual([field]);
    });
  });
});

describe('createEventHookHandler', () => {
  describe('when the ledger is not an object', () => {
    it('refuses it, naming ledger', async () => {
      const options = { queue: recordingQueue(), tenantId: 't1', secret: 's', ledger: 'x' };

      expect(await configFieldsOf(() => createEventHookHandler(options as never))).toStrictEqual([
        'ledger',
      ]);
    });
  });
});

describe('the adapters', () => {
  describe('when a setting is wrong', () => {
    it.each<[string, () => Promise<unknown>, string[]]>([
      [
        'a queue with an http URL',
        () => createBullmqQueue({ redisUrl: 'http://127.0.0.1' }),
        ['redisUrl'],
      ],
      [
        'a worker without an engine',
        () => createBullmqWorker({ redisUrl: 'redis://127.0.0.1:6379' } as never),
        ['engine'],
      ],
      [
        'a worker with no way to Redis',
        () => createBullmqWorker({ engine: { runJob: async () => undefined } } as never),
        ['redisUrl'],
      ],
      [
        'a postgres pool of 0',
        () =>
          createPostgresStore({ connectionString: 'postgres://127.0.0.1/test', maxConnections: 0 }),
        ['maxConnections'],
      ],
      [
        'a PGlite folder that is a number',
        () => createPgliteStore({ dataDir: 5 } as never),
        ['dataDir'],
      ],
    ])('rejects %s before connecting', async (_name, create, fields) => {
      expect(await configFieldsOf(create)).toStrictEqual(fields);
    });
  });
});
