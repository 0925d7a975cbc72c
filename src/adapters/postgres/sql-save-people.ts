import { StoreError } from '../../errors/store-error.js';
import type { PersonWrite } from '../../ports/sync-store.js';
import { splitPersonBatch } from '../person-batch.js';
import type { SqlClient } from './sql-client.js';
import type { SqlContext } from './sql-context.js';
import { newestWriteAssignments } from './sql-newest-write.js';
import {
  personValues,
  personWriteColumns,
  personWriteTypes,
  valuesRows,
} from './sql-person-columns.js';
import type { SqlTables } from './sql-tables.js';

/** Rows per statement, well under PostgreSQL's 65,535 parameters. */
const rowsPerStatement = 2000;

/**
 * Saves one batch in one transaction: links (writes with an id) as one
 * `UPDATE … FROM (VALUES …)`, then the rest as one multi-row upsert on
 * `(tenant_id, okta_id)`. Batches past 2,000 rows take more statements.
 */
export async function savePeopleSql(
  context: SqlContext,
  tenantId: string,
  writes: readonly PersonWrite[],
): Promise<void> {
  const { links, upserts } = splitPersonBatch(writes);
  if (links.size === 0 && upserts.size === 0) return;

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
  const assignments = newestWriteAssignments(tables, 'v');
  const rows = valuesRows(links.length, ['text', ...personWriteTypes], 2);
  const params = links.flatMap(([id, write]) => [id, ...personValues(write)]);

  const { rows: updated } = await tx.query<{ id: string }>(
    `UPDATE ${tables.people} AS p SET ${assignments.join(', ')}
    FROM (VALUES ${rows}) AS v (id, ${personWriteColumns.join(', ')})
    WHERE p.tenant_id = $1 AND p.id = v.id
    RETURNING p.id`,
    [tenantId, ...params],
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
  const updates = newestWriteAssignments(tables, 'EXCLUDED').filter(
    (assignment) => !assignment.startsWith('okta_id '),
  );
  const rows = valuesRows(writes.length, personWriteTypes, 2, '$1, ');

  await tx.query(
    `INSERT INTO ${tables.people} AS p (tenant_id, ${personWriteColumns.join(', ')})
    VALUES ${rows}
    ON CONFLICT (tenant_id, okta_id) DO UPDATE SET ${updates.join(', ')}`,
    [tenantId, ...writes.flatMap((write) => personValues(write))],
  );
}

function* chunked<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += rowsPerStatement) {
    yield items.slice(start, start + rowsPerStatement);
  }
}
