import type { StoredPerson } from '../../ports/stored-person.js';
import { personValues, personWriteColumns, personWriteTypes } from './sql-person-columns.js';
import type { SqlTables } from './sql-tables.js';

/** A batch of people as SQL rows: the source to select from, and its parameters. */
export interface PersonRows {
  /**
   * A subquery with one row per person, in the batch's order, and a column
   * for each of `personWriteColumns` (preceded by `id` for links).
   */
  source: string;
  params: unknown[][];
}

/**
 * A batch of people as a subquery over `unnest` of one array parameter per
 * column, numbered from `$first`: the statement's text and plan are the
 * same whatever the batch's size, where a `VALUES` list needs a parameter
 * per cell and is parsed and planned again for every batch. `ids` puts a
 * person id before each row (for links).
 *
 * A `text[]` column cannot be an element of an array parameter, so locked
 * fields travel as JSON and are turned back into arrays in SQL. The Okta
 * instant is the process's reading when it has one, else SQL's.
 */
export function personRows(
  people: readonly Omit<StoredPerson, 'id'>[],
  first: number,
  tables: SqlTables,
  ids?: readonly string[],
): PersonRows {
  const columns = [...(ids ? ['id'] : []), ...personWriteColumns];
  const types = [...(ids ? ['text'] : []), ...personWriteTypes].map(sentAs);
  const arrays = types.map(() => [] as unknown[]);

  people.forEach((person, row) => {
    const values = [...(ids ? [ids[row]] : []), ...personValues(person)];

    for (const [column, value] of values.entries()) {
      arrays[column]?.push(encode(value, types[column]));
    }
  });

  const unnested = types.map((type, column) => `$${first + column}::${type}[]`);
  const selected = columns.map((column) => readAs(column, tables));
  const source = `(SELECT ${selected.join(', ')}
    FROM unnest(${unnested.join(', ')}) WITH ORDINALITY AS u (${columns.join(', ')}, position)
    ORDER BY u.position)`;

  return { source, params: arrays };
}

/** The element type a column's array parameter is sent as. */
function sentAs(type: string): string {
  return type === 'text[]' ? 'jsonb' : type;
}

function encode(value: unknown, type: string | undefined): unknown {
  return type === 'jsonb' && Array.isArray(value) ? JSON.stringify(value) : value;
}

function readAs(column: string, tables: SqlTables): string {
  if (column === 'locked_fields') {
    return `ARRAY(SELECT jsonb_array_elements_text(u.${column}))::text[] AS ${column}`;
  }

  // The process sends the instant of text in Okta's own form; any other
  // text is read here, leniently, once per row.
  if (column === 'okta_updated_instant') {
    return `CASE WHEN u.${column} IS NOT NULL OR u.okta_updated_at IS NULL THEN u.${column}
      ELSE ${tables.oktaInstant}(u.okta_updated_at) END AS ${column}`;
  }

  return `u.${column}`;
}
