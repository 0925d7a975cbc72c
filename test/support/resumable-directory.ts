import type { ListUsersOptions, OktaUserPage } from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { ListDirectory } from './list-directory.js';

/** Options of {@link ResumableDirectory}. */
export interface ResumableDirectoryOptions {
  pageSize: number;
  /**
   * After yielding this many pages of one `listUsers` call, wait forever
   * instead of reading on: where a test kills the process.
   */
  hangAfterPages?: number;
}

/**
 * The list-backed directory double, honouring `resumeFrom` like Okta: the
 * cursor `page-N` resumes a listing at its page N (0-based). Records the
 * cursor of every listing it was asked for.
 */
export class ResumableDirectory extends ListDirectory {
  readonly listings: { listing: string; resumeFrom: string | null }[] = [];
  readonly #size: number;
  readonly #hangAfterPages: number | undefined;

  constructor(users: OktaUser[], options: ResumableDirectoryOptions) {
    super(users, { pageSize: options.pageSize });
    this.#size = options.pageSize;
    this.#hangAfterPages = options.hangAfterPages;
  }

  override async *listUsers(options: ListUsersOptions): AsyncIterable<OktaUserPage> {
    this.listings.push({ listing: options.listing, resumeFrom: options.resumeFrom ?? null });
    const wanted = this.users.filter(
      (user) => (user.status === 'DEPROVISIONED') === (options.listing === 'deprovisioned'),
    );
    const first = Number(options.resumeFrom?.replace('page-', '') ?? 0);
    let yielded = 0;

    for (let page = first; page === first || page * this.#size < wanted.length; page += 1) {
      if (yielded === this.#hangAfterPages) await new Promise(() => undefined);

      this.requests += 1;
      const users = wanted.slice(page * this.#size, (page + 1) * this.#size);
      const more = (page + 1) * this.#size < wanted.length;
      yield { users, next: more ? `page-${page + 1}` : null };
      yielded += 1;
    }
  }
}
