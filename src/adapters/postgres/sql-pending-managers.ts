import type { ManagerMatch } from '../../mapping/mapper-policy.js';
import type { PageRequest } from '../../ports/page-request.js';
import type { ManagerCandidate, PendingManager } from '../../ports/pending-manager.js';
import type { SqlContext } from './sql-context.js';

interface PendingRow {
  id: string;
  oktaId: string | null;
  managerRef: string;
}

/**
 * A page of pending references with their matches; see
 * `SyncStore.matchPendingManagers`. Two narrow reads: the page, then
 * every reference matched at once, through the identifier indexes.
 * References are folded here, as every write folds identifiers, so the
 * match does not hang on the database's locale.
 */
export async function matchPendingManagers(
  context: SqlContext,
  tenantId: string,
  match: readonly ManagerMatch[],
  page: PageRequest,
): Promise<PendingManager[]> {
  const pending = await selectPending(context, tenantId, page);
  if (pending.length === 0) return [];

  const refs = [...new Set(pending.map((row) => row.managerRef))];
  const matches = await selectMatches(context, tenantId, match, refs);

  return pending.map((row) => ({ ...row, matches: matches.get(row.managerRef) ?? [] }));
}

async function selectPending(
  { client, tables }: SqlContext,
  tenantId: string,
  page: PageRequest,
): Promise<PendingRow[]> {
  if (page.limit <= 0) return [];

  const after = page.after === undefined ? '' : 'AND id > $3';
  const { rows } = await client.query<PendingRow>(
    `SELECT id, okta_id AS "oktaId", manager_ref AS "managerRef"
    FROM ${tables.people}
    WHERE tenant_id = $1 AND manager_ref IS NOT NULL AND manager_okta_id IS NULL ${after}
    ORDER BY id LIMIT $2`,
    page.after === undefined ? [tenantId, page.limit] : [tenantId, page.limit, page.after],
  );

  return rows;
}

interface MatchRow {
  ref: string;
  oktaId: string;
  status: ManagerCandidate['status'];
  managerOktaId: string | null;
}

/**
 * How each kind of match finds people for the reference `r`, each through
 * an index: the Okta id's, or a linked identifier's.
 */
const matchConditions: Record<ManagerMatch, string> = {
  oktaId: 'm.okta_id = r.ref',
  login: 'm.okta_id IS NOT NULL AND m.login_lower = r.lower_ref',
  email: 'm.okta_id IS NOT NULL AND m.email_lower = r.lower_ref',
  employeeNumber: 'm.okta_id IS NOT NULL AND m.employee_number = r.ref',
};

/**
 * For each reference, the people of the first kind (in `match` order)
 * that finds anyone, ordered by person id: one step per kind, each for
 * the references no earlier step matched, as the lookups in the process
 * do. The kinds are a closed set, so their SQL is chosen, never spliced.
 */
async function selectMatches(
  { client, tables }: SqlContext,
  tenantId: string,
  match: readonly ManagerMatch[],
  refs: readonly string[],
): Promise<Map<string, ManagerCandidate[]>> {
  const steps = [...new Set(match)].filter((kind) => kind in matchConditions);
  if (steps.length === 0) return new Map();

  const { rows } = await client.query<MatchRow>(
    `WITH refs AS (
      SELECT ref, lower_ref FROM unnest($2::text[], $3::text[]) AS r (ref, lower_ref)
    ), ${steps.map((kind, step) => matchStep(tables.people, kind, step)).join(', ')}
    SELECT ref, okta_id AS "oktaId", status, manager_okta_id AS "managerOktaId"
    FROM (${steps.map((_, step) => `SELECT * FROM step${step}`).join(' UNION ALL ')}) AS c
    ORDER BY id`,
    [tenantId, [...refs], refs.map((ref) => ref.toLowerCase())],
  );

  return groupByRef(rows);
}

function matchStep(people: string, kind: ManagerMatch, step: number): string {
  const earlier = Array.from(
    { length: step },
    (_, before) => `AND NOT EXISTS (SELECT 1 FROM step${before} e WHERE e.ref = r.ref)`,
  );

  return `step${step} AS (
      SELECT r.ref, m.id, m.okta_id, m.status, m.manager_okta_id
      FROM refs r JOIN ${people} m ON m.tenant_id = $1 AND ${matchConditions[kind]}
      WHERE true ${earlier.join(' ')}
    )`;
}

function groupByRef(rows: readonly MatchRow[]): Map<string, ManagerCandidate[]> {
  const byRef = new Map<string, ManagerCandidate[]>();

  for (const { ref, ...candidate } of rows) {
    const list = byRef.get(ref);

    if (list === undefined) byRef.set(ref, [candidate]);
    else list.push(candidate);
  }

  return byRef;
}
