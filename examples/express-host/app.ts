// An Express host wired like the monolith: the host keeps tenants'
// settings and its own sign-in; the package brings the engine, the Okta
// routes and, here, an in-memory store and queue.
import {
  createMemoryStore,
  createSyncEngine,
  type MemoryQueue,
  type SyncEngine,
  type SyncStore,
} from '@learnamp/okta-sync';
import { createOktaSyncRouter } from '@learnamp/okta-sync/express';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import { roleOf, type Sessions } from './host-session.js';
import { addSettingsRoutes } from './settings-routes.js';
import { createSyncWorker, type JobListener } from './sync-worker.js';
import { tenantIdOf } from './tenant-param.js';
import type { TenantSettings } from './tenant-settings.js';

/** Options of {@link createApp}. */
export interface CreateAppOptions {
  /** The host's record of each tenant's Okta settings. */
  tenants: TenantSettings;
  /** The host's signed-in users and their roles. */
  sessions: Sessions;
  /** Told what each job did. */
  onJob?: JobListener;
}

/** The host's app and the pieces a script or a test looks into. */
export interface HostApp {
  app: Express;
  engine: SyncEngine;
  store: SyncStore;
  queue: MemoryQueue;
  /** Lets running jobs finish, then stops the queue and the router. */
  close(): Promise<void>;
}

/**
 * Builds the host's app: the Okta routes under `/t/:tenantId/okta`, the
 * host's settings page, and a worker in this process for the queue.
 */
export function createApp({ tenants, sessions, onJob }: CreateAppOptions): HostApp {
  const store = createMemoryStore(); // or createPostgresStore, or your own
  const engine = createSyncEngine({
    store,
    directory: (tenantId) => tenants.directoryOf(tenantId),
  });
  const queue = createSyncWorker(engine, onJob);

  const okta = createOktaSyncRouter<Request>({
    engine,
    queue,
    store,
    // Mounted under the host's /t/:tenantId, the routes live at
    // /t/:tenantId/okta/event-hooks, /sync ("Sync users"), /status, /plan.
    basePath: '/okta',
    resolveTenant: (req) => tenantIdOf(req),
    hookSecretFor: (tenantId) => tenants.get(tenantId)?.hookSecret ?? null,
    // The host's own role check: the router lets only admins and owners in.
    authorize: (req, tenantId) => roleOf(sessions, req, tenantId),
    settingsFor: (tenantId) => {
      const saved = tenants.get(tenantId);
      return saved && { orgUrl: saved.orgUrl, token: saved.apiToken };
    },
  });

  const app = express();
  app.use('/t/:tenantId', okta); // before express.json(): the hook reads its raw body
  app.use(express.json());
  addSettingsRoutes(app, tenants, sessions);
  app.use(answerErrors);

  const close = async () => {
    okta.close();
    await queue.drain();
    await queue.close();
  };

  return { app, engine, store, queue, close };
}

// A failure inside a route (the store down) ends here: logged for the
// host, and never sent to the caller as a stack.
const answerErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  console.error(error);
  res.status(500).json({ error: 'internal', reason: 'something went wrong' });
};
