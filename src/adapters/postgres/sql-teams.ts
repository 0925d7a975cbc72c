import type { StoredTeam } from '../../ports/stored-team.js';
import type { SqlContext } from './sql-context.js';

/** Creates missing teams; see `SyncStore.ensureTeams`. */
export async function ensureTeams(
  { client, tables }: SqlContext,
  tenantId: string,
  names: readonly string[],
): Promise<void> {
  if (names.length === 0) return;

  await client.query(
    `INSERT INTO ${tables.teams} (tenant_id, name)
    SELECT $1, name FROM unnest($2::text[]) AS name
    ON CONFLICT (tenant_id, name) DO NOTHING`,
    [tenantId, [...names]],
  );
}

/** The tenant's teams by name; see `SyncStore.listTeams`. */
export async function listTeams(
  { client, tables }: SqlContext,
  tenantId: string,
): Promise<StoredTeam[]> {
  const { rows } = await client.query<StoredTeam & { managerFrom: string | null }>(
    `SELECT name, manager_okta_id AS "managerOktaId", manager_from AS "managerFrom"
    FROM ${tables.teams}
    WHERE tenant_id = $1 ORDER BY name`,
    [tenantId],
  );

  return rows.map(({ managerFrom, ...team }) =>
    managerFrom === null ? team : { ...team, managerFrom },
  );
}

/**
 * Sets a team's default manager, creating the team when it is missing;
 * see `SyncStore.setTeamManager`.
 */
export async function setTeamManager(
  { client, tables }: Pick<SqlContext, 'client' | 'tables'>,
  tenantId: string,
  name: string,
  managerOktaId: string | null,
): Promise<void> {
  await setDerivedTeamManager({ client, tables }, tenantId, name, managerOktaId, null);
}

/**
 * Sets a team's manager with where it came from, creating the team when
 * it is missing; see `SyncStore.setDerivedTeamManager`.
 */
export async function setDerivedTeamManager(
  { client, tables }: Pick<SqlContext, 'client' | 'tables'>,
  tenantId: string,
  name: string,
  managerOktaId: string | null,
  fromOktaId: string | null,
): Promise<void> {
  await client.query(
    `INSERT INTO ${tables.teams} (tenant_id, name, manager_okta_id, manager_from)
    VALUES ($1, $2, $3, $4)
    ON CONFLICT (tenant_id, name)
    DO UPDATE SET manager_okta_id = EXCLUDED.manager_okta_id,
      manager_from = EXCLUDED.manager_from`,
    [tenantId, name, managerOktaId, fromOktaId],
  );
}
