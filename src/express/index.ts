/**
 * The `@learnamp/okta-sync/express` entry: Okta's routes for a host's
 * Express 4 or 5 app. Express itself is never imported: the middleware
 * uses Node's request and response only.
 */
export type { EventHookMiddlewareOptions } from './event-hook-middleware.js';
export { createEventHookMiddleware } from './event-hook-middleware.js';
export type { NextFunction, NodeMiddleware, NodeRequest } from './node-http.js';
export type {
  HostRole,
  MaybePromise,
  OktaSyncRouter,
  OktaSyncRouterOptions,
} from './okta-sync-router.js';
export { createOktaSyncRouter } from './okta-sync-router.js';
