import { StoreError } from '../../errors/store-error.js';
import type { PersonWrite, StoredPerson } from '../../ports/stored-person.js';
import { splitPersonBatch } from '../person-batch.js';
import { copyAttributes } from './copy-person.js';
import type { MemoryPeople } from './memory-people.js';
import { newestWrite } from './newest-write.js';

/** Rows as they were before a batch touched them; null for new rows. */
type UndoLog = Map<string, StoredPerson | null>;

/**
 * Applies one `savePeople` batch: links (writes with an id) first, then
 * creates or updates by Okta id, so a link and an update of the same
 * person in one batch end on one row. The batch is all or nothing.
 */
export function savePeopleInMemory(
  people: MemoryPeople,
  writes: readonly PersonWrite[],
  newId: () => string,
): void {
  const { links, upserts } = splitPersonBatch(writes);
  const undo: UndoLog = new Map();

  try {
    for (const [id, write] of links) linkPerson(people, id, write, undo);
    for (const write of upserts.values()) upsertPerson(people, write, newId, undo);
  } catch (error) {
    restore(people, undo);
    throw error;
  }
}

function linkPerson(people: MemoryPeople, id: string, write: PersonWrite, undo: UndoLog): void {
  if (!people.get(id)) {
    throw new StoreError(`Cannot update person "${id}": no such person`);
  }

  const holder = people.getByOktaId(write.oktaId);
  if (holder && holder.id !== id) {
    throw new StoreError(
      `Cannot link person "${id}": Okta id "${write.oktaId}" belongs to "${holder.id}"`,
    );
  }

  remember(people, id, undo);
  people.put(newestWrite(people.get(id), personFromWrite(id, write)));
}

function upsertPerson(
  people: MemoryPeople,
  write: PersonWrite,
  newId: () => string,
  undo: UndoLog,
): void {
  // One lookup serves the id, the undo log and the newest-write rule.
  const stored = people.getByOktaId(write.oktaId);
  const id = stored?.id ?? newId();

  if (!undo.has(id)) undo.set(id, stored ?? null);
  people.put(newestWrite(stored, personFromWrite(id, write)));
}

function remember(people: MemoryPeople, id: string, undo: UndoLog): void {
  if (!undo.has(id)) undo.set(id, people.get(id) ?? null);
}

function restore(people: MemoryPeople, undo: UndoLog): void {
  for (const [id, before] of undo) {
    if (before) people.put(before);
    else people.remove(id);
  }
}

/** A fresh row holding only the stored fields of `write`. */
function personFromWrite(id: string, write: PersonWrite): StoredPerson {
  return {
    id,
    oktaId: write.oktaId,
    email: write.email,
    fullName: write.fullName,
    team: write.team,
    jobTitle: write.jobTitle,
    managerRef: write.managerRef,
    managerOktaId: write.managerOktaId,
    status: write.status,
    startDate: write.startDate,
    oktaUpdatedAt: write.oktaUpdatedAt,
    seenGeneration: write.seenGeneration,
    // identityFields, spelt out: no object built only to be spread.
    login: write.login ?? null,
    employeeNumber: write.employeeNumber ?? null,
    attributes: copyAttributes(write.attributes ?? {}),
    lockedFields: [...(write.lockedFields ?? [])],
    beforeDeactivation: write.beforeDeactivation ? { ...write.beforeDeactivation } : null,
  };
}

/** The optional fields of a write, with their stored defaults. */
export function identityFields(write: Partial<StoredPerson>) {
  return {
    login: write.login ?? null,
    employeeNumber: write.employeeNumber ?? null,
    attributes: copyAttributes(write.attributes ?? {}),
    lockedFields: [...(write.lockedFields ?? [])],
    beforeDeactivation: write.beforeDeactivation ? { ...write.beforeDeactivation } : null,
  };
}
