import type { IncomingMessage, ServerResponse } from 'node:http';
import { oktaSyncRouterOptionsSchema } from '../config/okta-sync-router-options.js';
import { parseOptions } from '../config/parse-options.js';
import type { SyncEngine } from '../engine/sync-engine.js';
import { createEventHookHandler } from '../hooks/event-hook-handler.js';
import type { EventLedger } from '../hooks/event-ledger.js';
import type { HookResponse } from '../hooks/hook-response.js';
import type { SetupCheckResult, SetupSettings } from '../oidc/setup-settings.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import type { SyncStore } from '../ports/sync-store.js';
import { type AdminContext, answerAdmin } from './admin-routes.js';
import { answerHook } from './event-hook-middleware.js';
import { type NodeMiddleware, type NodeRequest, send, sendJson } from './node-http.js';
import { compileRoutes, type MatchedRoute } from './route-path.js';
import { trackRuns } from './run-tracker.js';

/** A value, or a promise of it: host callbacks may be either. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The caller's role as the host knows it. Only `admin` and `owner` pass
 * the admin routes; null or undefined means nobody is signed in.
 */
export type HostRole = 'admin' | 'owner' | (string & {}) | null | undefined;

/** Options of {@link createOktaSyncRouter}. */
export interface OktaSyncRouterOptions<Req extends IncomingMessage = NodeRequest> {
  /**
   * The engine: the router follows its run events for the status route
   * and runs dry runs (previews) through it.
   */
  engine: SyncEngine;
  /** Where hook deliveries and "sync now" put their jobs. */
  queue: SyncQueue;
  /** The store the engine writes; read for the last run's report. */
  store: SyncStore;
  /**
   * The hook secret of a tenant (the hook's `authScheme.value`), or two
   * during a rotation; null when the tenant has no hook (404).
   */
  hookSecretFor(tenantId: string): MaybePromise<string | readonly string[] | null | undefined>;
  /** The caller's role for the tenant; see {@link HostRole}. */
  authorize(req: Req, tenantId: string): MaybePromise<HostRole>;
  /**
   * The tenant a request is for, from the `:tenantId` of the base path
   * (given as `pathTenantId`) or from the host's own routing, such as a
   * subdomain; null for none (404). The path's tenant by default.
   */
  resolveTenant?(
    req: Req,
    pathTenantId: string | undefined,
  ): MaybePromise<string | null | undefined>;
  /**
   * Where the routes live; `:tenantId` marks the tenant's segment.
   * `/tenants/:tenantId/okta` by default.
   */
  basePath?: string;
  /** The hook's auth header name; `authorization` by default. */
  hookHeaderName?: string;
  /** Largest hook body, in bytes; 4 MiB by default. */
  maxBodyBytes?: number;
  /**
   * Filters repeated events before they are queued; none by default,
   * since the engine skips a job whose event its store's ledger holds.
   */
  ledger?: EventLedger | null;
  /**
   * A tenant's saved Okta settings, so the settings check can run without
   * the form re-sending secrets; what the request sends wins.
   */
  settingsFor?(tenantId: string): MaybePromise<Partial<SetupSettings> | null | undefined>;
  /** Runs the setup check; the library's `checkSetup` by default. */
  checkSetup?(settings: SetupSettings): Promise<SetupCheckResult>;
  /** Told of every hook answer, for the host's logs; must not throw. */
  onHookAnswer?(tenantId: string, response: HookResponse): void;
}

/** The router: a middleware, and how to stop following the engine. */
export type OktaSyncRouter<Req extends IncomingMessage = NodeRequest> = NodeMiddleware<Req> & {
  /** Stops listening to the engine's run events. */
  close(): void;
};

/**
 * Makes the middleware that serves the Okta routes of every tenant under
 * `basePath`: `GET`/`POST event-hooks` (Okta's, checked by the hook
 * secret) and the admin routes `POST sync`, `GET status`, `GET plan` and
 * `POST settings/check` (only admins and owners: 401 when nobody is
 * signed in, 403 for other roles). Other paths pass through. It uses only
 * Node's request and response, so it runs on Express 4 and 5 alike; mount
 * it with `app.use(router)` before any JSON body parser.
 */
export function createOktaSyncRouter<Req extends IncomingMessage = NodeRequest>(
  options: OktaSyncRouterOptions<Req>,
): OktaSyncRouter<Req> {
  const settings = parseOptions(oktaSyncRouterOptionsSchema, options);
  const match = compileRoutes(settings.basePath);
  const ledger = options.ledger ?? null;
  const tracker = trackRuns(options.engine);
  const context = { ...options, ledger, tracker };

  const router = (req: Req, res: ServerResponse, next: (error?: unknown) => void) => {
    const matched = match(pathOf(req));

    if (matched === undefined) {
      next();
      return;
    }

    route(context, matched, req, res).catch(next);
  };

  return Object.assign(router, { close: () => tracker.stop() });
}

type RouterContext<Req extends IncomingMessage> = OktaSyncRouterOptions<Req> &
  Omit<AdminContext, 'settingsFor' | 'checkSetup'> & { ledger: EventLedger | null };

async function route<Req extends IncomingMessage>(
  context: RouterContext<Req>,
  matched: MatchedRoute,
  req: Req,
  res: ServerResponse,
): Promise<void> {
  const resolve = context.resolveTenant ?? ((_req, pathTenantId) => pathTenantId);
  const tenantId = await resolve(req, matched.pathTenantId);

  if (typeof tenantId !== 'string' || tenantId === '') {
    sendJson(res, 404, { error: 'not-found', reason: 'no such tenant' });
    return;
  }

  if (matched.route === 'event-hooks') {
    await serveHook(context, tenantId, req, res);
    return;
  }

  const role = await context.authorize(req, tenantId);

  if (role === null || role === undefined) {
    sendJson(res, 401, { error: 'unauthenticated', reason: 'sign in first' });
    return;
  }

  if (role !== 'admin' && role !== 'owner') {
    sendJson(res, 403, { error: 'forbidden', reason: 'only admins and owners may do this' });
    return;
  }

  await answerAdmin(context, matched.route, tenantId, req as NodeRequest, res);
}

async function serveHook<Req extends IncomingMessage>(
  context: RouterContext<Req>,
  tenantId: string,
  req: Req,
  res: ServerResponse,
): Promise<void> {
  const secret = await context.hookSecretFor(tenantId);

  if (secret === null || secret === undefined) {
    sendJson(res, 404, { error: 'not-found', reason: 'this tenant has no event hook' });
    return;
  }

  const handler = createEventHookHandler({
    queue: context.queue,
    tenantId,
    secret,
    ledger: context.ledger,
    ...(context.hookHeaderName === undefined ? {} : { headerName: context.hookHeaderName }),
    ...(context.maxBodyBytes === undefined ? {} : { maxBodyBytes: context.maxBodyBytes }),
  });
  const response = await answerHook(handler, req as NodeRequest);

  context.onHookAnswer?.(tenantId, response);
  send(res, response.status, response.headers, response.body);
}

function pathOf(req: IncomingMessage): string {
  // Inside app.use, Express has already cut the mount path off req.url.
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}
