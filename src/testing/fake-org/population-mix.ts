import type { OktaUserStatus } from '../../okta/okta-user.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * The role a generated person plays in the test data. Only `active` people
 * manage others; every other kind is a leaf of the reporting tree.
 */
export type PersonKind =
  | 'active'
  | 'email-missing'
  | 'email-invalid'
  | 'no-department'
  | 'unknown-manager'
  | 'staged'
  | 'provisioned'
  | 'suspended'
  | 'deprovisioned'
  | 'locked-out'
  | 'password-expired'
  | 'recovery';

/** How the generator shapes a person's email. */
export type EmailShape = 'valid' | 'missing' | 'invalid';

interface KindSpec {
  kind: PersonKind;
  /** Share of the org, before rounding. */
  share: number;
  status: OktaUserStatus;
  email: EmailShape;
}

// People whose managerId refers to nobody, in orgs of 100 people or more.
const UNKNOWN_MANAGER_COUNT = 2;
const MINIMUM_FOR_EVERY_KIND = 100;

const SPECIAL_KINDS: readonly KindSpec[] = [
  { kind: 'email-missing', share: 0.02, status: 'ACTIVE', email: 'missing' },
  { kind: 'email-invalid', share: 0.02, status: 'ACTIVE', email: 'invalid' },
  { kind: 'staged', share: 0.03, status: 'STAGED', email: 'valid' },
  { kind: 'provisioned', share: 0.01, status: 'PROVISIONED', email: 'valid' },
  { kind: 'suspended', share: 0.02, status: 'SUSPENDED', email: 'valid' },
  { kind: 'deprovisioned', share: 0.03, status: 'DEPROVISIONED', email: 'valid' },
  { kind: 'locked-out', share: 0.01, status: 'LOCKED_OUT', email: 'valid' },
  { kind: 'password-expired', share: 0.01, status: 'PASSWORD_EXPIRED', email: 'valid' },
  { kind: 'recovery', share: 0.01, status: 'RECOVERY', email: 'valid' },
  { kind: 'no-department', share: 0.01, status: 'ACTIVE', email: 'valid' },
  { kind: 'unknown-manager', share: 0, status: 'ACTIVE', email: 'valid' },
];

const ACTIVE_SPEC: KindSpec = { kind: 'active', share: 0, status: 'ACTIVE', email: 'valid' };

const SPEC_BY_KIND = new Map<PersonKind, KindSpec>(
  [ACTIVE_SPEC, ...SPECIAL_KINDS].map((spec) => [spec.kind, spec]),
);

/** The Okta status a person of this kind has. */
export function statusOfKind(kind: PersonKind): OktaUserStatus {
  return specOf(kind).status;
}

/** How the email of a person of this kind is shaped. */
export function emailShapeOfKind(kind: PersonKind): EmailShape {
  return specOf(kind).email;
}

/**
 * Gives every person a kind. The first `reserved` people (the leaders)
 * stay `active`; the special kinds are spread at random over the rest,
 * in fixed proportions.
 */
export function planKinds(people: number, reserved: number, random: SeededRandom): PersonKind[] {
  const kinds = new Array<PersonKind>(people).fill('active');
  const pool = random.shuffle(rangeFrom(Math.min(reserved, people), people));
  let taken = 0;

  for (const spec of SPECIAL_KINDS) {
    const wanted = Math.min(countOf(spec, people), pool.length - taken);

    for (const index of pool.slice(taken, taken + wanted)) {
      kinds[index] = spec.kind;
    }

    taken += wanted;
  }

  return kinds;
}

function countOf(spec: KindSpec, people: number): number {
  const large = people >= MINIMUM_FOR_EVERY_KIND;

  if (spec.kind === 'unknown-manager') {
    return large ? UNKNOWN_MANAGER_COUNT : 0;
  }

  const exact = people * spec.share;

  return large ? Math.max(1, Math.round(exact)) : Math.floor(exact);
}

function rangeFrom(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

function specOf(kind: PersonKind): KindSpec {
  return SPEC_BY_KIND.get(kind) ?? ACTIVE_SPEC;
}
