import type { Request } from 'express';

/**
 * The `:tenantId` of the host's `/t/:tenantId/…` routes; null when the
 * route has none. Express 5 types a parameter as text or a list of text.
 */
export function tenantIdOf(req: Request): string | null {
  const { tenantId } = req.params;

  return typeof tenantId === 'string' && tenantId !== '' ? tenantId : null;
}
