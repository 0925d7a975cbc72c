import { StoreError } from '../errors/store-error.js';
import type { LockableField, PersonWrite, StoredPerson } from '../ports/stored-person.js';
import type { SyncStore } from '../ports/sync-store.js';

/** Values an admin sets by hand; each one given is also locked. */
export interface PersonOverride {
  /** The display name to keep. */
  fullName?: string;
  /** The team's name, or null for no team. */
  team?: string | null;
  /** The job title, or null for none. */
  jobTitle?: string | null;
  /** The manager's Okta id, or null for no manager. */
  managerOktaId?: string | null;
  /** Local start date `YYYY-MM-DD`, or null for none. */
  startDate?: string | null;
}

/**
 * Sets fields of a linked person by hand and locks them, so that syncs
 * leave them alone and report the Okta value they did not apply. A manager
 * set by hand is stored as both reference and resolved manager.
 *
 * @throws {StoreError} when no person holds `oktaId`, or the store fails.
 */
export async function overridePerson(
  store: SyncStore,
  tenantId: string,
  oktaId: string,
  override: PersonOverride,
): Promise<StoredPerson> {
  const stored = await findLinked(store, tenantId, oktaId);
  const write: PersonWrite = { ...stored, oktaId, ...valuesOf(override) };
  const locks = new Set([...(stored.lockedFields ?? []), ...fieldsOf(override)]);

  await store.savePeople(tenantId, [{ ...write, lockedFields: [...locks] }]);

  return findLinked(store, tenantId, oktaId);
}

/**
 * Unlocks fields of a linked person; the next sync applies Okta's values
 * to them again.
 *
 * @throws {StoreError} when no person holds `oktaId`, or the store fails.
 */
export async function releaseOverride(
  store: SyncStore,
  tenantId: string,
  oktaId: string,
  fields: readonly LockableField[],
): Promise<void> {
  const stored = await findLinked(store, tenantId, oktaId);
  const lockedFields = (stored.lockedFields ?? []).filter((field) => !fields.includes(field));

  await store.savePeople(tenantId, [{ ...stored, oktaId, lockedFields }]);
}

async function findLinked(store: SyncStore, tenantId: string, oktaId: string) {
  const [stored] = await store.findPeopleByOktaIds(tenantId, [oktaId]);
  if (!stored) {
    throw new StoreError(`Cannot override person "${oktaId}": no such person`);
  }

  return stored;
}

function valuesOf(override: PersonOverride): Partial<PersonWrite> {
  const { managerOktaId, ...fields } = override;
  if (managerOktaId === undefined) {
    return fields;
  }

  return { ...fields, managerRef: managerOktaId, managerOktaId };
}

function fieldsOf(override: PersonOverride): LockableField[] {
  const keys = Object.keys(override) as (keyof PersonOverride)[];

  return keys.map((key) => (key === 'managerOktaId' ? 'manager' : key));
}
