import type { OktaDirectory } from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';

/** An Okta directory held in a map: what Okta says now, changed by tests. */
export interface MemoryDirectory extends OktaDirectory {
  users: Map<string, OktaUser>;
  reads: string[];
}

/** A user as Okta returns it, with a login and a title. */
export function oktaUser(id: string, title: string, status = 'ACTIVE'): OktaUser {
  const email = `${id.toLowerCase()}@example.com`;
  const profile = { login: email, email, firstName: 'Sam', lastName: id, title };

  return { id, status, lastUpdated: new Date().toISOString(), profile };
}

/** A directory over a map of users, recording each `getUser`. */
export function memoryDirectory(users: readonly OktaUser[] = []): MemoryDirectory {
  const map = new Map(users.map((user) => [user.id, user]));
  const reads: string[] = [];

  return {
    users: map,
    reads,
    async *listUsers(options) {
      const wanted = (user: OktaUser) =>
        options.listing === 'deprovisioned'
          ? user.status === 'DEPROVISIONED'
          : user.status !== 'DEPROVISIONED';
      yield { users: [...map.values()].filter(wanted), next: null };
    },
    async getUser(oktaId) {
      reads.push(oktaId);

      return map.get(oktaId) ?? null;
    },
    stats: () => ({ requests: reads.length, retries: 0, rateLimitWaitMs: 0 }),
  };
}
