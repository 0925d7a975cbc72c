import type { EmailShape } from './population-mix.js';
import type { SeededRandom } from './seeded-random.js';

/** A person's sign-in name and email, as the profile will hold them. */
export interface PersonAddress {
  login: string;
  /** `undefined` means the profile has no email key at all. */
  email: string | null | undefined;
}

const DOMAIN = 'example.com';
const MIXED_CASE_SHARE = 0.1;

// Letters NFD cannot split into a base letter and a mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

/**
 * Hands out logins and emails that are unique ignoring case, plus missing
 * and invalid emails in three recognisable shapes.
 */
export class EmailBook {
  readonly #taken = new Set<string>();
  readonly #nextSuffix = new Map<string, number>();
  #invalidCount = 0;
  #missingCount = 0;

  /** The address of one person, shaped as asked. */
  address(
    firstName: string,
    lastName: string,
    shape: EmailShape,
    random: SeededRandom,
  ): PersonAddress {
    const local = this.#uniqueLocal(`${slug(firstName)}.${slug(lastName)}`);
    const login = `${local}@${DOMAIN}`;

    if (shape === 'missing') {
      return { login, email: this.#missingEmail() };
    }

    if (shape === 'invalid') {
      return { login, email: this.#invalidEmail(firstName, lastName, local) };
    }

    const email = random.chance(MIXED_CASE_SHARE) ? mixedCase(local) : login;

    return { login: email, email };
  }

  // Remembers the next suffix per name, so repeated names cost O(1).
  #uniqueLocal(base: string): string {
    let suffix = this.#nextSuffix.get(base) ?? 1;
    let candidate = suffix === 1 ? base : `${base}${suffix}`;

    while (this.#taken.has(candidate)) {
      suffix += 1;
      candidate = `${base}${suffix}`;
    }

    this.#taken.add(candidate);
    this.#nextSuffix.set(base, suffix + 1);

    return candidate;
  }

  // Alternates an absent key with an explicit null: Okta sends both.
  #missingEmail(): null | undefined {
    this.#missingCount += 1;

    return this.#missingCount % 2 === 0 ? null : undefined;
  }

  #invalidEmail(firstName: string, lastName: string, local: string): string {
    this.#invalidCount += 1;
    const variant = this.#invalidCount % 3;

    if (variant === 1) {
      return `${local}.${DOMAIN}`;
    }

    if (variant === 2) {
      return `${slug(firstName)}@${slug(lastName)}`;
    }

    return `${slug(firstName)} ${slug(lastName)}@${DOMAIN}`;
  }
}

/** Lowercase ASCII for an email local part: `Nguyễn` → `nguyen`. */
export function slug(name: string): string {
  const stripped = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (letter) => SPECIAL_LETTERS[letter] ?? letter);

  return stripped.replace(/[^a-z0-9-]/g, '');
}

function mixedCase(local: string): string {
  const capitalised = local
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('.');

  return `${capitalised}@Example.com`;
}
