// Okta's own form: UTC, whole seconds or milliseconds. Years from 1000 on,
// which PostgreSQL and JavaScript read alike.
const oktaForm = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * An Okta instant as the store compares it, normalised to ISO 8601 with
 * milliseconds, when the text is in Okta's own form and names a real
 * time; null otherwise, and the store then reads the text itself with
 * `okta_instant`, leniently. So the process reads only what PostgreSQL
 * would read the same way.
 */
export function oktaInstantText(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;

  const form = oktaForm.exec(text);
  if (form === null) return null;

  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return null;

  // Date.parse rolls 30 February over into March; PostgreSQL refuses it.
  const normalised = new Date(instant).toISOString();
  const fraction = (form[1] ?? '.').padEnd(4, '0');

  return normalised === `${text.slice(0, 19)}${fraction}Z` ? normalised : null;
}
