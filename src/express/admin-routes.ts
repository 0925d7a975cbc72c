import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { SyncEngine } from '../engine/sync-engine.js';
import { checkSetup as librarySetupCheck } from '../oidc/check-setup.js';
import type { SetupCheckResult, SetupSettings } from '../oidc/setup-settings.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import type { SyncStore } from '../ports/sync-store.js';
import { type NodeRequest, sendJson } from './node-http.js';
import { readBody } from './read-body.js';
import type { RouteName } from './route-path.js';
import type { RunTracker } from './run-tracker.js';

/** What the admin routes use. */
export interface AdminContext {
  engine: SyncEngine;
  queue: SyncQueue;
  store: SyncStore;
  tracker: RunTracker;
  settingsFor?(tenantId: string): unknown;
  checkSetup?(settings: SetupSettings): Promise<SetupCheckResult>;
}

const MAX_ADMIN_BODY_BYTES = 64 * 1024;

const syncBody = z.object({ force: z.boolean().optional() });

const text = z.string().trim().min(1).max(4096);

const settingsBody = z.object({
  orgUrl: text.optional(),
  token: text.optional(),
  issuer: text.optional(),
  clientId: text.optional(),
  clientSecret: text.optional(),
  adminLogin: text.optional(),
  // The host's saved settings give it; the admin does not type it.
  hookUrl: text.optional(),
});

const allowed: Record<Exclude<RouteName, 'event-hooks'>, string> = {
  sync: 'POST',
  status: 'GET',
  plan: 'GET',
  'settings/check': 'POST',
};

/**
 * Answers an admin route for a tenant whose caller is an admin or owner.
 * A body that is not what the route takes is a 400 with a reason.
 */
export async function answerAdmin(
  context: AdminContext,
  route: RouteName,
  tenantId: string,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  const method = allowed[route as keyof typeof allowed];

  if (req.method !== method) {
    res.setHeader('allow', method);
    sendJson(res, 405, { error: 'method-not-allowed', reason: `use ${method}` });
    return;
  }

  switch (route) {
    case 'sync':
      return requestSync(context, tenantId, req, res);
    case 'status':
      return sendJson(res, 200, await statusOf(context, tenantId));
    case 'plan':
      return sendJson(res, 200, await context.engine.fullSync({ tenantId, dryRun: true }));
    default:
      return checkSettings(context, tenantId, req, res);
  }
}

async function requestSync(
  context: AdminContext,
  tenantId: string,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  const body = await readJson(req, syncBody);

  if (!body.ok) {
    return sendJson(res, 400, { error: 'bad-request', reason: body.reason });
  }

  const force = body.value.force === true;
  const job = { kind: 'full-sync' as const, tenantId, ...(force ? { force } : {}) };
  const queued = await context.queue.enqueue(job);

  sendJson(res, 202, queued);
}

async function statusOf(context: AdminContext, tenantId: string) {
  return {
    tenantId,
    running: context.tracker.isRunning(tenantId),
    lastReport: await context.store.lastReport(tenantId),
  };
}

async function checkSettings(
  context: AdminContext,
  tenantId: string,
  req: NodeRequest,
  res: ServerResponse,
): Promise<void> {
  const body = await readJson(req, settingsBody);

  if (!body.ok) {
    return sendJson(res, 400, { error: 'bad-request', reason: body.reason });
  }

  const saved = settingsBody.safeParse((await context.settingsFor?.(tenantId)) ?? {});
  const settings = { ...definedOnly(saved.success ? saved.data : {}), ...definedOnly(body.value) };

  if (settings.orgUrl === undefined) {
    return sendJson(res, 400, { error: 'bad-request', reason: 'orgUrl: is required' });
  }

  const check = context.checkSetup ?? librarySetupCheck;

  sendJson(res, 200, await check({ ...settings, orgUrl: settings.orgUrl }));
}

// The form's empty fields arrive as undefined; the settings leave them out.
function definedOnly(settings: Partial<Record<keyof SetupSettings, string | undefined>>) {
  const entries = Object.entries(settings).filter(([, value]) => value !== undefined);

  return Object.fromEntries(entries) as Partial<SetupSettings>;
}

type ReadJson<T> = { ok: true; value: T } | { ok: false; reason: string };

async function readJson<T>(req: NodeRequest, schema: z.ZodType<T>): Promise<ReadJson<T>> {
  const bytes = await readBody(req, MAX_ADMIN_BODY_BYTES);

  if (bytes.length > MAX_ADMIN_BODY_BYTES) {
    return { ok: false, reason: 'the body is too large' };
  }

  const text = bytes.toString('utf8').trim();
  const parsed = schema.safeParse(text === '' ? {} : parseJson(text));

  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, reason: `${issue?.path.join('.') || 'body'}: ${issue?.message}` };
  }

  return { ok: true, value: parsed.data };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return 'not JSON';
  }
}
