import { z } from 'zod';
import { hookHeaderName, hookLedger, hookMaxBodyBytes } from './event-hook-handler-options.js';
import { hostFunction, hostObject } from './host-value.js';

/** The settings of `createOktaSyncRouter` from `@learnamp/okta-sync/express`. */
export const oktaSyncRouterOptionsSchema = z
  .object({
    engine: hostObject({
      description: 'The engine, followed for the status route and used for dry runs.',
      tsType: 'SyncEngine',
    }),
    queue: hostObject({
      description: 'Where hook deliveries and "sync now" put their jobs.',
      tsType: 'SyncQueue',
    }),
    store: hostObject({
      description: "The store the engine writes; read for the last run's report.",
      tsType: 'SyncStore',
    }),
    hookSecretFor: hostFunction({
      description:
        "A tenant's hook secret (or two during a rotation); null when the tenant has no " +
        'hook, which answers 404.',
      tsType: '(tenantId) => secret | null',
    }),
    authorize: hostFunction({
      description: "The caller's role for the tenant; only `admin` and `owner` pass.",
      tsType: '(req, tenantId) => HostRole',
    }),
    resolveTenant: hostFunction({
      description:
        "The tenant a request is for, from the path's `:tenantId` or the host's own " +
        'routing (a subdomain); null answers 404.',
      tsType: '(req, pathTenantId) => string | null',
      defaultText: "the path's `:tenantId`",
    }).optional(),
    basePath: z
      .string({ error: 'use the base path as text, such as /tenants/:tenantId/okta' })
      .default('/tenants/:tenantId/okta')
      .describe("Where the routes live; `:tenantId` marks the tenant's segment."),
    hookHeaderName,
    maxBodyBytes: hookMaxBodyBytes,
    ledger: hookLedger,
    settingsFor: hostFunction({
      description:
        "A tenant's saved Okta settings, so the settings check runs without the form " +
        're-sending secrets.',
      tsType: '(tenantId) => Partial<SetupSettings> | null',
      defaultText: 'none',
    }).optional(),
    checkSetup: hostFunction({
      description: 'Runs the setup check.',
      tsType: '(settings) => Promise<SetupCheckResult>',
      defaultText: '`checkSetup`',
    }).optional(),
    onHookAnswer: hostFunction({
      description: "Told of every hook answer, for the host's logs; must not throw.",
      tsType: '(tenantId, response) => void',
      defaultText: 'none',
    }).optional(),
  })
  .describe(
    "Options of `createOktaSyncRouter`: Okta's hook and the admin routes for every tenant.",
  );
