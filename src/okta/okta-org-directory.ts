import type { AccessFinding } from './access-finding.js';
import type { CheckAccessOptions } from './check-access.js';
import type { ListChangesOptions, OktaChangePage, OktaDirectory } from './okta-directory.js';
import type { OktaGroup } from './okta-group.js';

/**
 * The directory `createOktaDirectory` builds: the engine's
 * {@link OktaDirectory} with incremental listing, and the single reads and
 * checks a host's setup screen and `okta-sync check` need. Every read is
 * fresh: nothing is cached.
 */
export interface OktaOrgDirectory extends OktaDirectory {
  /** See {@link OktaDirectory.listChanges}; always present here. */
  listChanges(options: ListChangesOptions): AsyncIterable<OktaChangePage>;

  /**
   * The groups a user is a member of. Resolves to null when Okta does not
   * know the user; rejects with `OktaRequestError` otherwise.
   */
  getUserGroups(oktaId: string): Promise<OktaGroup[] | null>;

  /**
   * Whether a user is assigned to an app, directly or through a group.
   * False when Okta knows no such user, app or assignment.
   */
  isAssignedToApp(appId: string, oktaId: string): Promise<boolean>;

  /**
   * Checks that the credentials work, carry the scopes (or admin roles) a
   * sync of this scope needs, and that the admin is assigned to the app.
   * Resolves to one coded finding per problem, each with what to do; an
   * empty list means all is well. Never rejects for an Okta failure.
   */
  checkAccess(options?: CheckAccessOptions): Promise<AccessFinding[]>;
}
