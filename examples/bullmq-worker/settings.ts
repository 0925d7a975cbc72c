// What the worker reads from its environment. A host with many tenants
// reads each tenant's Okta settings from its own database instead.

/** Where the worker and `sync-now` find Redis and PostgreSQL. */
export interface ServiceSettings {
  redisUrl: string;
  databaseUrl: string;
  /** BullMQ's key prefix, so apps sharing one Redis stay apart. */
  queuePrefix: string;
  /** The PostgreSQL schema of the store's tables. */
  schema: string;
}

/** The one tenant this example serves, and its Okta org. */
export interface TenantSettings {
  tenantId: string;
  orgUrl: string;
  apiToken: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

export function readServiceSettings(env: Environment = process.env): ServiceSettings {
  return {
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    // Names the user: node-postgres otherwise takes it from $USER.
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    queuePrefix: env.OKTA_SYNC_QUEUE_PREFIX ?? 'bull', // BullMQ's own default
    schema: env.OKTA_SYNC_SCHEMA ?? 'okta_sync',
  };
}

/** The tenant's settings; throws naming what is missing. */
export function readTenantSettings(env: Environment = process.env): TenantSettings {
  const { OKTA_ORG_URL: orgUrl, OKTA_API_TOKEN: apiToken } = env;

  if (!orgUrl || !apiToken) {
    throw new Error('set OKTA_ORG_URL and OKTA_API_TOKEN (see README.md)');
  }

  return { tenantId: readTenantId(env), orgUrl, apiToken };
}

export function readTenantId(env: Environment = process.env): string {
  return env.OKTA_SYNC_TENANT ?? 'acme';
}
