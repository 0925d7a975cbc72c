// The host's own sign-in and roles. A stand-in for the monolith's session
// middleware: the caller names their session in an `x-session` header.
import type { HostRole } from '@learnamp/okta-sync/express';
import type { Request, RequestHandler } from 'express';
import { tenantIdOf } from './tenant-param.js';

/** A role a user holds in a tenant, as the host defines them. */
export type TenantRole = 'owner' | 'admin' | 'member';

/** A signed-in user of the host and their role in each tenant. */
export interface HostUser {
  name: string;
  roles: Readonly<Record<string, TenantRole>>;
}

/** Session token to user; the host's session store. */
export type Sessions = ReadonlyMap<string, HostUser>;

/** The signed-in user, or null when the request has no valid session. */
export function userOf(sessions: Sessions, req: Request): HostUser | null {
  return sessions.get(req.get('x-session') ?? '') ?? null;
}

/**
 * The caller's role in a tenant: null when nobody is signed in, `member`
 * for a signed-in user with no role there. The Okta routes and the host's
 * own settings routes both ask this one question.
 */
export function roleOf(sessions: Sessions, req: Request, tenantId: string): HostRole {
  const user = userOf(sessions, req);

  return user === null ? null : (user.roles[tenantId] ?? 'member');
}

/** Whether a role may configure Okta or trigger a sync. */
export function isAdmin(role: HostRole): boolean {
  return role === 'admin' || role === 'owner';
}

/**
 * The host's guard for its own routes under `/t/:tenantId`: 401 when
 * nobody is signed in, 403 unless an admin or owner of the tenant.
 */
export function requireAdmin(sessions: Sessions): RequestHandler {
  return (req, res, next) => {
    const tenantId = tenantIdOf(req);
    const role = tenantId === null ? null : roleOf(sessions, req, tenantId);

    if (role === null || role === undefined) {
      res.status(401).json({ error: 'unauthenticated', reason: 'sign in first' });
      return;
    }

    if (!isAdmin(role)) {
      res.status(403).json({ error: 'forbidden', reason: 'only admins and owners' });
      return;
    }

    next();
  };
}
