import type { OrgEndpoint } from './read-pages.js';

/** What one peak-memory child syncs, and where it writes. */
export interface MemoryRunSettings {
  org: OrgEndpoint;
  databaseUrl: string;
  /** A fresh schema; the parent drops it afterwards. */
  schema: string;
}
