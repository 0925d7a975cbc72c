import type { StoredPerson } from '../../ports/stored-person.js';

/**
 * The row a write leaves behind, under `savePeople`'s two rules: an older
 * Okta read keeps the stored fields, and `seenGeneration` never goes down.
 */
export function newestWrite(stored: StoredPerson | undefined, written: StoredPerson): StoredPerson {
  if (!stored) return written;

  const kept = isOlderRead(written, stored) ? stored : written;
  const seenGeneration = Math.max(stored.seenGeneration, written.seenGeneration);

  // The link to the Okta id is the host's identity, not Okta data: it holds.
  return { ...kept, id: written.id, oktaId: written.oktaId, seenGeneration };
}

/**
 * True when `written` was read from Okta before `stored` was. Unknown or
 * unreadable instants never count as older, as in the SQL store.
 */
function isOlderRead(written: StoredPerson, stored: StoredPerson): boolean {
  const writtenAt = instantOf(written.oktaUpdatedAt);
  const storedAt = instantOf(stored.oktaUpdatedAt);

  return writtenAt !== null && storedAt !== null && writtenAt < storedAt;
}

function instantOf(value: string | null): number | null {
  if (value === null) return null;

  const instant = Date.parse(value);

  return Number.isNaN(instant) ? null : instant;
}
