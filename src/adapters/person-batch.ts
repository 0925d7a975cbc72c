import type { PersonWrite } from '../ports/stored-person.js';

/** One `savePeople` batch, split the way every store applies it. */
export interface PersonBatch {
  /** Writes with an id, by id: they update (and link) that row. */
  links: Map<string, PersonWrite>;
  /** Writes without an id, by Okta id: they create or update. */
  upserts: Map<string, PersonWrite>;
}

/**
 * Splits a batch into links and upserts. When one id or Okta id is written
 * twice the last write wins, so a batch never creates two rows for one
 * Okta id. Stores apply links first, then upserts.
 */
export function splitPersonBatch(writes: readonly PersonWrite[]): PersonBatch {
  const batch: PersonBatch = { links: new Map(), upserts: new Map() };

  for (const write of writes) {
    if (write.id === undefined) batch.upserts.set(write.oktaId, write);
    else batch.links.set(write.id, write);
  }

  return batch;
}
