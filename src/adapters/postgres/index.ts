export type { PgliteDatabase, PgliteQueryable } from './pglite-client.js';
export { pgliteClient } from './pglite-client.js';
export type { PgliteStore, PgliteStoreOptions } from './pglite-store.js';
export { createPgliteStore } from './pglite-store.js';
export type { SqlClient } from './sql-client.js';
export type { SqlStore, SqlStoreOptions } from './sql-sync-store.js';
export { createSqlStore } from './sql-sync-store.js';
