import type { SyncNotice } from '../engine/sync-notice.js';
import type { LockableField, StoredPerson } from '../ports/stored-person.js';
import type { DirectoryPerson } from './directory-person.js';
import type { MapperPolicy } from './mapper-policy.js';
import { describeLockedField } from './notice-messages.js';

/** A person read from Okta, after the stored row's policy was applied. */
export interface SettledPerson {
  person: DirectoryPerson;
  /** One `FIELD_LOCKED` notice per locked field whose Okta value differed. */
  notices: SyncNotice[];
}

type LockedKey = 'fullName' | 'team' | 'jobTitle' | 'managerRef' | 'startDate';

const keyOfLock: Record<LockableField, LockedKey> = {
  fullName: 'fullName',
  team: 'team',
  jobTitle: 'jobTitle',
  manager: 'managerRef',
  startDate: 'startDate',
};

/**
 * Applies what the stored row and the policy say about a person Okta just
 * sent, before it is compared with the row. Pure.
 * - A field in `policy.keepWhenEmpty` that Okta sent empty keeps its
 *   stored value; every other emptied field is cleared.
 * - A field the host locked keeps its stored value whatever Okta sent,
 *   and a notice names the Okta value not applied. A locked `manager`
 *   keeps the stored reference, and with it the resolved manager.
 */
export function settlePerson(
  person: DirectoryPerson,
  stored: StoredPerson,
  policy: MapperPolicy,
): SettledPerson {
  const settled = { ...person };
  const notices: SyncNotice[] = [];

  for (const field of policy.keepWhenEmpty) {
    if (settled[field] === null) settled[field] = stored[field];
  }

  for (const lock of new Set(stored.lockedFields ?? [])) {
    const key = keyOfLock[lock];
    if (settled[key] === stored[key]) continue;

    notices.push(lockedNotice(person.oktaId, lock, settled[key]));
    keepStored(settled, stored, key);
  }

  return { person: settled, notices };
}

function keepStored(person: DirectoryPerson, stored: StoredPerson, key: LockedKey) {
  if (key === 'fullName') {
    person.fullName = stored.fullName;
  } else {
    person[key] = stored[key];
  }
}

function lockedNotice(oktaId: string, field: LockableField, value: string | null): SyncNotice {
  return { code: 'FIELD_LOCKED', oktaId, field, value, message: describeLockedField(field, value) };
}
