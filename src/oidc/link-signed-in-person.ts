import type { SyncEngine } from '../engine/sync-engine.js';
import type { StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';
import type { SignInClaims } from './sign-in.js';

/** Options of {@link linkSignedInPerson}. */
export interface LinkSignedInPersonOptions {
  /** The tenant's store, searched by Okta id and by email. */
  store: SyncStore;
  /** The tenant the sign-in is for. */
  tenantId: string;
  /** The verified claims `finishSignIn` returned. */
  claims: SignInClaims;
  /**
   * Just-in-time creation: when nobody matches, the engine reads the user
   * from Okta and applies them through the tenant's mapper, as an Okta
   * event would. Leave out to only match.
   */
  engine?: SyncEngine;
}

/** How the signed-in user was matched to a host person. */
export type LinkedPerson =
  | {
      /** The host person who signed in, linked to their Okta id. */
      person: StoredPerson;
      /**
       * How they were found: by Okta id, by verified email, or created
       * just in time.
       */
      by: 'okta-id' | 'email' | 'just-in-time';
    }
  | {
      /** Nobody matched; the host decides what to show. */
      person: null;
      by: 'none';
    };

/**
 * Finds the host person who signed in: by Okta id first; then an unlinked
 * host person by email, only when Okta says the email is verified; then,
 * with `engine`, a person created just in time through the mapper (the
 * mapper may still skip them, such as for a missing email). Resolves
 * `{ person: null }` when nobody matches.
 */
export async function linkSignedInPerson(
  options: LinkSignedInPersonOptions,
): Promise<LinkedPerson> {
  const { store, tenantId, claims } = options;
  const [linked] = await store.findPeopleByOktaIds(tenantId, [claims.oktaId]);

  if (linked) {
    return { person: linked, by: 'okta-id' };
  }

  const byEmail = await findByEmail(store, tenantId, claims);

  if (byEmail) {
    return { person: byEmail, by: 'email' };
  }

  return options.engine ? createJustInTime(options, options.engine) : { person: null, by: 'none' };
}

async function findByEmail(store: SyncStore, tenantId: string, claims: SignInClaims) {
  // An unverified email could be anybody's: it never links.
  if (claims.email === null || claims.emailVerified === false) {
    return undefined;
  }

  const [person] = await store.findUnlinkedByEmails(tenantId, [claims.email]);

  return person;
}

async function createJustInTime(
  options: LinkSignedInPersonOptions,
  engine: SyncEngine,
): Promise<LinkedPerson> {
  const { store, tenantId, claims } = options;

  await engine.syncPerson({ tenantId, oktaId: claims.oktaId });
  const [created] = await store.findPeopleByOktaIds(tenantId, [claims.oktaId]);

  return created ? { person: created, by: 'just-in-time' } : { person: null, by: 'none' };
}
