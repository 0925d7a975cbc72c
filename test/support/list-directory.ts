import type {
  ListUsersOptions,
  OktaDirectory,
  OktaRequestStats,
  OktaUserPage,
} from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';

/** Options of the list-backed directory double. */
export interface ListDirectoryOptions {
  pageSize?: number;
  /** Throw this error instead of yielding page number `failOnPage` (0-based). */
  failOnPage?: { listing: 'current' | 'deprovisioned'; page: number; error: Error };
}

/**
 * A test double of the OktaDirectory port over a mutable array of users.
 * Like Okta, the current listing omits DEPROVISIONED users.
 */
export class ListDirectory implements OktaDirectory {
  users: OktaUser[];
  requests = 0;
  private readonly options: ListDirectoryOptions;

  constructor(users: OktaUser[], options: ListDirectoryOptions = {}) {
    this.users = users;
    this.options = options;
  }

  async *listUsers(options: ListUsersOptions): AsyncIterable<OktaUserPage> {
    const size = this.options.pageSize ?? 200;
    const wanted = this.users.filter((user) =>
      options.listing === 'current'
        ? user.status !== 'DEPROVISIONED'
        : user.status === 'DEPROVISIONED',
    );
    let page = 0;

    do {
      this.requests += 1;
      const fault = this.options.failOnPage;

      if (fault && fault.listing === options.listing && fault.page === page) {
        throw fault.error;
      }

      const users = wanted.slice(page * size, (page + 1) * size);
      const more = (page + 1) * size < wanted.length;
      yield { users, next: more ? `page-${page + 1}` : null };
      page += 1;
    } while (page * size < wanted.length);
  }

  async getUser(oktaId: string): Promise<OktaUser | null> {
    this.requests += 1;

    return this.users.find((user) => user.id === oktaId) ?? null;
  }

  stats(): OktaRequestStats {
    return { requests: this.requests, retries: 0, rateLimitWaitMs: 0 };
  }
}

let sequence = 0;

/** An Okta-shaped user with sensible defaults; override what the test needs. */
export function oktaUser(
  overrides: Partial<Omit<OktaUser, 'profile'>> & { profile?: Record<string, unknown> } = {},
): OktaUser {
  sequence += 1;
  const id = overrides.id ?? `00u${String(sequence).padStart(17, '0')}`;

  return {
    id,
    status: 'ACTIVE',
    lastUpdated: '2026-01-01T00:00:00.000Z',
    ...overrides,
    profile: {
      firstName: 'Person',
      lastName: id.slice(-4),
      email: `person.${id.toLowerCase()}@example.com`,
      login: `person.${id.toLowerCase()}@example.com`,
      department: 'Engineering',
      title: 'Engineer',
      ...overrides.profile,
    },
  };
}
