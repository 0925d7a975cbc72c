import type { OktaUser } from '../../src/okta/okta-user.js';
import { oktaUser } from './list-directory.js';

/** The org of the resume tests, before and after what the interrupted run reads. */
export interface ResumeOrg {
  /** What the first, seeding full sync reads. */
  before: OktaUser[];
  /** What the interrupted run reads: joiners, changes and leavers. */
  after: OktaUser[];
}

const changedAt = '2026-06-01T00:00:00.000Z';

function idOf(n: number): string {
  return `00uresume${String(n).padStart(11, '0')}`;
}

/** Person n; person 12 manages everybody else, so managers resolve late. */
function person(n: number): OktaUser {
  const managerId = n === 12 ? null : idOf(12);

  return oktaUser({ id: idOf(n), profile: { managerId, department: `Team ${n % 3}` } });
}

/**
 * Twelve people; then person 1 leaves the listing (swept), person 2 gets
 * a new title, person 3 is DEPROVISIONED, and 13 to 16 join. The same ids
 * on every call, so a child process and the test agree on them.
 */
export function resumeOrg(): ResumeOrg {
  const before = Array.from({ length: 12 }, (_, index) => person(index + 1));
  const [, second, third, ...rest] = before;
  const retitled = { ...second!, lastUpdated: changedAt };
  retitled.profile = { ...retitled.profile, title: 'Lead' };
  const leaver = { ...third!, status: 'DEPROVISIONED' as const, lastUpdated: changedAt };
  const joiners = [13, 14, 15, 16].map(person);

  return { before, after: [retitled, leaver, ...rest, ...joiners] };
}
