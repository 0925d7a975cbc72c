// Okta users written by hand for a test, shaped as Okta's Users API
// returns them. Give the fake org exactly these with createFakeOrg({ users }).
import type { OktaUser } from '@learnamp/okta-sync';

let sequence = 0;

/** An ACTIVE Okta user with a valid email; `profile` fields override. */
export function oktaUser(profile: Record<string, unknown> = {}): OktaUser {
  sequence += 1;
  const id = `00uexample${String(sequence).padStart(10, '0')}`;
  const email = `person${sequence}@corp.example`;

  return {
    id,
    status: 'ACTIVE',
    lastUpdated: '2027-04-01T09:00:00.000Z',
    profile: {
      login: email,
      email,
      firstName: 'Person',
      lastName: String(sequence),
      department: 'Research',
      title: 'Researcher',
      ...profile,
    },
  };
}
