import { personWriteColumns } from './sql-person-columns.js';

/**
 * The `SET` list that applies an incoming row (`incoming` names it: `v`
 * or `EXCLUDED`) to the stored row `p` under `savePeople`'s two rules: an
 * older Okta read keeps every stored field, and `seen_generation` never
 * goes down. The Okta id always applies, since linking is the host's.
 */
export function newestWriteAssignments(incoming: string): string[] {
  // Both sides were read as instants when written: a comparison of two
  // columns, not a parse of each side for every column.
  const older = `${incoming}.okta_updated_instant < p.okta_updated_instant`;

  return personWriteColumns.map((column) => {
    if (column === 'okta_id') {
      return `${column} = ${incoming}.${column}`;
    }

    if (column === 'seen_generation') {
      return `${column} = GREATEST(p.${column}, ${incoming}.${column})`;
    }

    // A null comparison (an instant missing) is not true, so it applies.
    return `${column} = CASE WHEN ${older} THEN p.${column} ELSE ${incoming}.${column} END`;
  });
}
