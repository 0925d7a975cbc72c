import type { Migration } from './migration.js';

/**
 * Two indexes fewer on `people`, and room on each page for updates in
 * place. Every full sync restamps everyone's `seen_generation`, and an
 * index on it (the sweep's) made each restamp rewrite every index entry of
 * the row; the status index served one count per run. Each write of a
 * synced person now touches six indexes instead of eight, and a restamp
 * that changes no indexed column can stay on its page (a HOT update)
 * when the page has room, which the fill factor leaves.
 *
 * The fill factor leaves room only in pages written from now on: an
 * upgraded table keeps its full pages until rows move, so its resyncs gain
 * less at first; rewriting it (`VACUUM FULL`, or pg_repack) gives the room
 * at once. Not done here, since it locks the table for its whole length.
 *
 * Cost: the sweep's two reads and the run's count of active people walk
 * the tenant's rows through the primary key (once per run each, about
 * 100 ms at 100,000 people) instead of reading an index of their own.
 */
export const leanPeopleIndexesMigration: Migration = {
  version: 6,
  name: 'lean-people-indexes',
  statements: (schema) => [
    `DROP INDEX IF EXISTS ${schema}.people_unseen`,
    `DROP INDEX IF EXISTS ${schema}.people_status`,
    `ALTER TABLE ${schema}.people SET (fillfactor = 80)`,
  ],
};
