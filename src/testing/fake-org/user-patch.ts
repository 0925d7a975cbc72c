import type { OktaUser } from '../../okta/okta-user.js';

/**
 * Changes to one user: top-level fields replace, profile fields merge.
 * A `null` profile value clears the attribute, as in Okta.
 */
export type UserPatch = Partial<Omit<OktaUser, 'id' | 'profile'>> & {
  /** Profile attributes to merge; `null` clears one. */
  profile?: Record<string, unknown>;
  [field: string]: unknown;
};

/**
 * Applies a patch the way Okta records a change: `lastUpdated` moves to
 * `nowMs` (or 1 ms past its old value, so it always grows) unless the
 * patch sets it, and a status change moves `statusChanged` too.
 */
export function applyUserPatch(user: OktaUser, patch: UserPatch, nowMs: number): OktaUser {
  const stamp = new Date(Math.max(nowMs, previousMs(user) + 1)).toISOString();
  const statusMoved = patch.status !== undefined && patch.status !== user.status;
  const updated: OktaUser = {
    ...user,
    ...(statusMoved ? { statusChanged: stamp } : {}),
    lastUpdated: stamp,
    ...patch,
    id: user.id,
    profile: { ...user.profile, ...patch.profile },
  };

  return updated;
}

function previousMs(user: OktaUser): number {
  const parsed = Date.parse(user.lastUpdated ?? '');

  return Number.isNaN(parsed) ? 0 : parsed;
}
