// The host's own settings page for Okta (profile menu › Integrations ›
// Okta): admins and owners read and save the tenant's settings here.
import { isSyncError } from '@learnamp/okta-sync';
import type { Express, Request, Response } from 'express';
import { requireAdmin, type Sessions } from './host-session.js';
import { tenantIdOf } from './tenant-param.js';
import type { OktaSettings, TenantSettings } from './tenant-settings.js';

const path = '/t/:tenantId/integrations/okta';

/** Adds `GET` and `PUT /t/:tenantId/integrations/okta` to the host's app. */
export function addSettingsRoutes(app: Express, tenants: TenantSettings, sessions: Sessions) {
  app.get(path, requireAdmin(sessions), (req, res) => showSettings(tenants, req, res));
  app.put(path, requireAdmin(sessions), (req, res) => saveSettings(tenants, req, res));
}

// Never the token or the hook secret: only whether they are set.
function showSettings(tenants: TenantSettings, req: Request, res: Response) {
  const tenantId = tenantIdOf(req) ?? '';
  const saved = tenants.get(tenantId);
  const origin = `${req.protocol}://${req.get('host')}`;

  res.json({
    connected: saved !== undefined,
    orgUrl: saved?.orgUrl ?? null,
    // What the admin pastes into Okta when creating the event hook.
    hookUrl: `${origin}/t/${tenantId}/okta/event-hooks`,
  });
}

function saveSettings(tenants: TenantSettings, req: Request, res: Response) {
  const settings = readSettings(req.body);

  if (settings === null) {
    res.status(400).json({ error: 'bad-request', reason: 'give orgUrl, apiToken, hookSecret' });
    return;
  }

  try {
    tenants.save(tenantIdOf(req) ?? '', settings);
  } catch (error) {
    if (!isSyncError(error)) throw error;

    // The library's messages name what to fix and never hold a secret.
    res.status(400).json({ error: error.code, reason: error.message });
    return;
  }

  res.status(204).end();
}

function readSettings(body: unknown): OktaSettings | null {
  const { orgUrl, apiToken, hookSecret } = (body ?? {}) as Record<string, unknown>;
  const fields = [orgUrl, apiToken, hookSecret];

  if (!fields.every((field) => typeof field === 'string' && field.trim() !== '')) {
    return null;
  }

  return { orgUrl, apiToken, hookSecret } as OktaSettings;
}
