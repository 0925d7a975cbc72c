const maxAddressLength = 254;
const maxLocalPartLength = 64;
const maxLabelLength = 63;

// Separators, control, format, private-use and unassigned characters: none
// of them can be typed or seen reliably, so none belongs in an address.
const invisible = /[\s\p{Z}\p{C}]/u;

// RFC 5322 "specials" that an unquoted local part cannot hold, quotes included.
const localSpecials = /["(),:;<>[\\\]]/;

const label = /^[\p{L}\p{M}0-9](?:[\p{L}\p{M}0-9-]*[\p{L}\p{M}0-9])?$/u;
const letterTopLabel = /^\p{L}{2,}$/u;
const punycodeTopLabel = /^xn--[a-z0-9-]+$/i;

/**
 * True when `text` is an email address the sync accepts. The rule, checked
 * on the text exactly as given (callers trim first):
 * - at most 254 characters, with no whitespace, control or other invisible
 *   character anywhere;
 * - exactly one `@`;
 * - a local part of 1–64 printable characters, none of them a quote or an
 *   RFC 5322 special (`( ) , : ; < > [ \ ]`), with no leading, trailing or
 *   double dot; plus addressing such as `jane+lms` is fine;
 * - a domain of at least two dot-separated labels, each 1–63 letters
 *   (Unicode letters allowed, for IDN), digits or hyphens, not starting or
 *   ending with a hyphen;
 * - a last label of at least two letters, or an ASCII IDN label (`xn--…`).
 *
 * Case is allowed and not changed. Characters are counted as code points.
 */
export function isValidEmail(text: string): boolean {
  if (countCharacters(text) > maxAddressLength || invisible.test(text)) {
    return false;
  }

  const parts = text.split('@');
  if (parts.length !== 2) {
    return false;
  }

  const [localPart = '', domain = ''] = parts;

  return isValidLocalPart(localPart) && isValidDomain(domain);
}

function isValidLocalPart(localPart: string): boolean {
  const length = countCharacters(localPart);
  if (length < 1 || length > maxLocalPartLength || localSpecials.test(localPart)) {
    return false;
  }

  return !localPart.startsWith('.') && !localPart.endsWith('.') && !localPart.includes('..');
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  const topLabel = labels.at(-1) ?? '';
  if (labels.length < 2 || !labels.every(isValidLabel)) {
    return false;
  }

  return letterTopLabel.test(topLabel) || punycodeTopLabel.test(topLabel);
}

function isValidLabel(text: string): boolean {
  return countCharacters(text) <= maxLabelLength && label.test(text);
}

function countCharacters(text: string): number {
  return Array.from(text).length;
}
