import type { OktaUser, OktaUserStatus } from '../../okta/okta-user.js';

/**
 * A user as the Users API returns it, with every field the generator
 * fills. It is an `OktaUser`, so it can go wherever one is expected.
 */
export interface FakeOktaUser extends OktaUser {
  status: OktaUserStatus;
  created: string;
  /** When the user was first activated, ISO 8601; null if never. */
  activated: string | null;
  /** When the status last changed, ISO 8601; null if never. */
  statusChanged: string | null;
  /** When the user last signed in, ISO 8601; null if never. */
  lastLogin: string | null;
  lastUpdated: string;
  /** When the password was last set, ISO 8601; null if never. */
  passwordChanged: string | null;
  /** The user type, as Okta links it. */
  type: { id: string };
  /** The credentials' shape, without any secret: Okta never returns one. */
  credentials: {
    password?: Record<string, never>;
    provider: { type: string; name: string };
  };
  /** Okta's links; `self` is the user's absolute URL. */
  _links: { self: { href: string } };
}
