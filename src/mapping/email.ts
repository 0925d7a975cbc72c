const maxAddressLength = 254;
const maxLocalPartLength = 64;
const maxLabelLength = 63;

// Separators, control, format, private-use and unassigned characters: none
// of them can be typed or seen reliably, so none belongs in an address.
const invisible = /[\s\p{Z}\p{C}]/u;

// RFC 5322 "specials" that an unquoted local part cannot hold, quotes included.
const localSpecials = /["(),:;<>[\\\]]/;

// A strict subset of the rule, in ASCII, checked by one pattern: letters,
// digits and `._%+'-` before the `@` (no leading, trailing or double dot),
// labels of 1–63 letters, digits and inner hyphens, a last label of two or
// more letters. Most addresses match; the rest take the full check.
const plainAscii = new RegExp(
  [
    "^[A-Za-z0-9_%+'-]+(?:\\.[A-Za-z0-9_%+'-]+)*",
    '@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$',
  ].join(''),
);

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
  if (isPlainAsciiEmail(text)) {
    return true;
  }

  if (isLongerThan(text, maxAddressLength) || invisible.test(text)) {
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
  const tooLong = isLongerThan(localPart, maxLocalPartLength);
  if (localPart === '' || tooLong || localSpecials.test(localPart)) {
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
  return !isLongerThan(text, maxLabelLength) && label.test(text);
}

/** True for an address of the plain ASCII subset within the lengths. */
function isPlainAsciiEmail(text: string): boolean {
  // In ASCII a character is one UTF-16 unit, so `length` counts them.
  return (
    text.length <= maxAddressLength &&
    text.indexOf('@') <= maxLocalPartLength &&
    plainAscii.test(text)
  );
}

/** True when `text` has more than `limit` code points. */
function isLongerThan(text: string, limit: number): boolean {
  // Code points never outnumber UTF-16 units, so short texts need no count.
  return text.length > limit && Array.from(text).length > limit;
}
