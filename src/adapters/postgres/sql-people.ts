import type { PersonStatus } from '../../mapping/directory-person.js';
import type { PageRequest } from '../../ports/page-request.js';
import type { PersonIdentifier, StoredPerson } from '../../ports/stored-person.js';
import { type HostPersonInput, hostPersonFields } from '../host-person.js';
import type { SqlContext } from './sql-context.js';
import {
  type PersonRow,
  personSelectList,
  personWriteColumns,
  toStoredPerson,
} from './sql-person-columns.js';
import { personRows } from './sql-person-rows.js';

/** People holding any of `oktaIds`; see `SyncStore.findPeopleByOktaIds`. */
export async function findPeopleByOktaIds(
  { client, tables }: SqlContext,
  tenantId: string,
  oktaIds: readonly string[],
): Promise<StoredPerson[]> {
  if (oktaIds.length === 0) return [];

  const { rows } = await client.query<PersonRow>(
    `SELECT ${personSelectList} FROM ${tables.people}
    WHERE tenant_id = $1 AND okta_id = ANY($2::text[])`,
    [tenantId, [...oktaIds]],
  );

  return rows.map(toStoredPerson);
}

/** Unlinked people by email; see `SyncStore.findUnlinkedByEmails`. */
export async function findUnlinkedByEmails(
  { client, tables }: SqlContext,
  tenantId: string,
  emails: readonly string[],
): Promise<StoredPerson[]> {
  if (emails.length === 0) return [];

  const lowered = [...new Set(emails.map((email) => email.toLowerCase()))];
  const { rows } = await client.query<PersonRow>(
    `SELECT ${personSelectList} FROM ${tables.people}
    WHERE tenant_id = $1 AND okta_id IS NULL AND email_lower = ANY($2::text[])
    ORDER BY id`,
    [tenantId, lowered],
  );

  return rows.map(toStoredPerson);
}

const identifierColumns: Record<PersonIdentifier, string> = {
  login: 'login_lower',
  email: 'email_lower',
  employeeNumber: 'employee_number',
};

/** Linked people by identifier; see `SyncStore.findPeopleByIdentifier`. */
export async function findPeopleByIdentifier(
  { client, tables }: SqlContext,
  tenantId: string,
  identifier: PersonIdentifier,
  values: readonly string[],
): Promise<StoredPerson[]> {
  if (values.length === 0) return [];

  const folded = values.map((value) =>
    identifier === 'employeeNumber' ? value : value.toLowerCase(),
  );
  const { rows } = await client.query<PersonRow>(
    `SELECT ${personSelectList} FROM ${tables.people}
    WHERE tenant_id = $1 AND okta_id IS NOT NULL
      AND ${identifierColumns[identifier]} = ANY($2::text[])
    ORDER BY id`,
    [tenantId, [...new Set(folded)]],
  );

  return rows.map(toStoredPerson);
}

/** Inserts a host person; see `SyncStore.addHostPerson`. */
export async function addHostPerson(
  { client, tables }: SqlContext,
  tenantId: string,
  person: HostPersonInput,
): Promise<StoredPerson> {
  const source = personRows([hostPersonFields(person)], 2, tables);
  const { rows } = await client.query<PersonRow>(
    `INSERT INTO ${tables.people} (tenant_id, ${personWriteColumns.join(', ')})
    SELECT $1, v.* FROM ${source.source} AS v
    RETURNING ${personSelectList}`,
    [tenantId, ...source.params],
  );

  return toStoredPerson(rows[0]!);
}

/**
 * A keyset page of the tenant's people that match `filter`, a condition
 * whose parameters start at `$2`.
 */
export async function selectPeoplePage(
  { client, tables }: SqlContext,
  tenantId: string,
  page: PageRequest,
  filter = 'true',
  filterParams: readonly unknown[] = [],
): Promise<StoredPerson[]> {
  if (page.limit <= 0) return [];

  const params: unknown[] = [tenantId, ...filterParams];
  let sql = `SELECT ${personSelectList} FROM ${tables.people}
    WHERE tenant_id = $1 AND (${filter})`;

  if (page.after !== undefined) {
    params.push(page.after);
    sql += ` AND id > $${params.length}`;
  }

  params.push(page.limit);
  const { rows } = await client.query<PersonRow>(
    `${sql} ORDER BY id LIMIT $${params.length}`,
    params,
  );

  return rows.map(toStoredPerson);
}

/** Sets resolved managers by person id; see `SyncStore.setManagers`. */
export async function setManagers(
  { client, tables }: SqlContext,
  tenantId: string,
  managers: ReadonlyMap<string, string>,
): Promise<void> {
  if (managers.size === 0) return;

  await client.query(
    `UPDATE ${tables.people} AS p SET manager_okta_id = v.manager
    FROM unnest($2::text[], $3::text[]) AS v (id, manager)
    WHERE p.tenant_id = $1 AND p.id = v.id`,
    [tenantId, [...managers.keys()], [...managers.values()]],
  );
}

/**
 * Stamps people as seen; see `SyncStore.markSeen`. Only the generation
 * changes, and no index holds it, so the row can be updated in place.
 */
export async function markSeen(
  { client, tables }: SqlContext,
  tenantId: string,
  ids: readonly string[],
  generation: number,
): Promise<void> {
  if (ids.length === 0) return;

  await client.query(
    `UPDATE ${tables.people} SET seen_generation = $3
    WHERE tenant_id = $1 AND id = ANY($2::text[]) AND seen_generation < $3`,
    [tenantId, [...ids], generation],
  );
}

/** How many people have `status`; see `SyncStore.countPeople`. */
export async function countPeople(
  { client, tables }: SqlContext,
  tenantId: string,
  status: PersonStatus,
): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `SELECT count(*)::integer AS count FROM ${tables.people}
    WHERE tenant_id = $1 AND status = $2`,
    [tenantId, status],
  );

  return rows[0]?.count ?? 0;
}
