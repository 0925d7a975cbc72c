import type { ListChangesOptions, OktaChangePage } from '../../src/okta/okta-directory.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { ListDirectory, type ListDirectoryOptions } from './list-directory.js';

/**
 * The list-backed directory double with `listChanges`, like Okta's
 * `lastUpdated gt` search: users changed after `since` less the overlap,
 * DEPROVISIONED ones included, oldest change first. Records every `since`.
 */
export class ChangesDirectory extends ListDirectory {
  readonly sinces: string[] = [];
  /** Throw this instead of the page at this index (0-based). */
  failOnChangePage: { page: number; error: Error } | null = null;

  constructor(users: OktaUser[], options: ListDirectoryOptions = {}) {
    super(users, options);
  }

  async *listChanges(options: ListChangesOptions): AsyncIterable<OktaChangePage> {
    this.sinces.push(options.since);
    const after = Date.parse(options.since) - (options.overlapMs ?? 5 * 60 * 1000);
    const changed = this.users
      .filter((user) => Date.parse(user.lastUpdated ?? '') > after)
      .sort((a, b) => Date.parse(a.lastUpdated ?? '') - Date.parse(b.lastUpdated ?? ''));
    const size = 2;
    let watermark = options.since;

    for (let page = 0; page === 0 || page * size < changed.length; page += 1) {
      this.requests += 1;
      if (this.failOnChangePage?.page === page) throw this.failOnChangePage.error;

      const users = changed.slice(page * size, (page + 1) * size);
      watermark = users.reduce((latest, user) => later(latest, user.lastUpdated), watermark);
      const more = (page + 1) * size < changed.length;
      yield { users, next: more ? `changes-${page + 1}` : null, watermark };
    }
  }
}

function later(watermark: string, lastUpdated: string | null | undefined): string {
  return lastUpdated && Date.parse(lastUpdated) > Date.parse(watermark) ? lastUpdated : watermark;
}
