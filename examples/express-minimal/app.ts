import {
  createMemoryQueue,
  createMemoryStore,
  createOktaDirectory,
  createSyncEngine,
  type OktaDirectory,
} from '@learnamp/okta-sync';
import { createOktaSyncRouter } from '@learnamp/okta-sync/express';
import express, { type Request } from 'express';

/** What a tenant's admin saved on Integrations › Okta. */
export interface OktaSettings {
  orgUrl: string;
  apiToken: string;
  hookSecret: string;
}

/** Options of {@link createMinimalApp}. */
export interface MinimalAppOptions {
  /** Each tenant's saved settings; your database in a real host. */
  settings: Map<string, OktaSettings>;
  /** The caller's role in a tenant: your session lookup in a real host. */
  roleOf(req: Request, tenantId: string): string | null;
  /** Let a loopback org speak http (the fake org); never in production. */
  allowHttp?: boolean;
}

/** The smallest host: in-memory ports, one Okta org per tenant. */
export function createMinimalApp(options: MinimalAppOptions) {
  const { settings, roleOf } = options;
  const directories = new Map<string, OktaDirectory>();

  // One directory per tenant, made on first use; drop it when settings change.
  function directoryOf(tenantId: string): OktaDirectory {
    const saved = settings.get(tenantId);
    if (saved === undefined) throw new Error(`${tenantId} has not connected Okta`);

    const directory =
      directories.get(tenantId) ??
      createOktaDirectory({
        orgUrl: saved.orgUrl,
        token: saved.apiToken,
        allowHttp: options.allowHttp === true,
      });
    directories.set(tenantId, directory);

    return directory;
  }

  const store = createMemoryStore();
  const engine = createSyncEngine({ store, directory: directoryOf });
  const queue = createMemoryQueue({ worker: (job) => engine.runJob(job) });

  const okta = createOktaSyncRouter<Request>({
    engine,
    queue,
    store,
    basePath: '/okta',
    resolveTenant: (req) => {
      const { tenantId } = req.params;
      return typeof tenantId === 'string' ? tenantId : null;
    },
    hookSecretFor: (tenantId) => settings.get(tenantId)?.hookSecret ?? null,
    // Only 'admin' and 'owner' get through: 401 for null, 403 otherwise.
    authorize: (req, tenantId) => roleOf(req, tenantId),
  });

  const app = express();
  app.use('/t/:tenantId', okta);

  return { app, engine, store, queue };
}
