import { StoreError } from '../../errors/store-error.js';
import type { PersonWrite } from '../../ports/stored-person.js';
import { splitPersonBatch } from '../person-batch.js';
import type { SqlClient } from './sql-client.js';
import type { SqlContext } from './sql-context.js';
import { newestWriteAssignments } from './sql-newest-write.js';
import { personWriteColumns } from './sql-person-columns.js';
import { personRows } from './sql-person-rows.js';
import type { SqlTables } from './sql-tables.js';

/** Rows per statement, so one statement's arrays stay small. */
const rowsPerStatement = 2000;

/**
 * Saves one batch in one transaction: links (writes with an id) as one
 * `UPDATE … FROM unnest(…)`, then the rest as one multi-row upsert on
 * `(tenant_id, okta_id)`. Batches past 2,000 rows take more statements.
 * A batch of upserts that fits one statement runs without a transaction
 * of its own, since one statement is atomic.
 */
export async function savePeopleSql(
  context: SqlContext,
  tenantId: string,
  writes: readonly PersonWrite[],
): Promise<void> {
  const { links, upserts } = splitPersonBatch(writes);
  if (links.size === 0 && upserts.size === 0) return;

  // One statement is atomic by itself: no BEGIN and COMMIT round trips.
  if (links.size === 0 && upserts.size <= rowsPerStatement) {
    await upsertPeople(context.client, context.tables, tenantId, [...upserts.values()]);
    return;
  }

  await context.client.transaction(async (tx) => {
    for (const chunk of chunked([...links.entries()])) {
      await linkPeople(tx, context.tables, tenantId, chunk);
    }

    for (const chunk of chunked([...upserts.values()])) {
      await upsertPeople(tx, context.tables, tenantId, chunk);
    }
  });
}

async function linkPeople(
  tx: SqlClient,
  tables: SqlTables,
  tenantId: string,
  links: readonly [string, PersonWrite][],
): Promise<void> {
  const assignments = newestWriteAssignments('v');
  const writes = links.map(([, write]) => write);
  const rows = personRows(
    writes,
    2,
    tables,
    links.map(([id]) => id),
  );

  const { rows: updated } = await tx.query<{ id: string }>(
    `UPDATE ${tables.people} AS p SET ${assignments.join(', ')}
    FROM ${rows.source} AS v
    WHERE p.tenant_id = $1 AND p.id = v.id
    RETURNING p.id`,
    [tenantId, ...rows.params],
  );

  assertAllUpdated(links, updated);
}

function assertAllUpdated(
  links: readonly [string, PersonWrite][],
  updated: readonly { id: string }[],
): void {
  const found = new Set(updated.map((row) => row.id));
  const missing = links.find(([id]) => !found.has(id));

  if (missing) {
    throw new StoreError(`Cannot update person "${missing[0]}": no such person`);
  }
}

async function upsertPeople(
  tx: SqlClient,
  tables: SqlTables,
  tenantId: string,
  writes: readonly PersonWrite[],
): Promise<void> {
  const updates = newestWriteAssignments('EXCLUDED').filter(
    (assignment) => !assignment.startsWith('okta_id '),
  );
  const rows = personRows(writes, 2, tables);

  await tx.query(
    `INSERT INTO ${tables.people} AS p (tenant_id, ${personWriteColumns.join(', ')})
    SELECT $1, v.* FROM ${rows.source} AS v
    ON CONFLICT (tenant_id, okta_id) DO UPDATE SET ${updates.join(', ')}`,
    [tenantId, ...rows.params],
  );
}

function* chunked<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += rowsPerStatement) {
    yield items.slice(start, start + rowsPerStatement);
  }
}
