import type { OktaUser, OktaUserStatus } from '../../okta/okta-user.js';

/**
 * A user as the Users API returns it, with every field the generator
 * fills. It is an `OktaUser`, so it can go wherever one is expected.
 */
export interface FakeOktaUser extends OktaUser {
  status: OktaUserStatus;
  created: string;
  activated: string | null;
  statusChanged: string | null;
  lastLogin: string | null;
  lastUpdated: string;
  passwordChanged: string | null;
  type: { id: string };
  credentials: {
    password?: Record<string, never>;
    provider: { type: string; name: string };
  };
  _links: { self: { href: string } };
}
