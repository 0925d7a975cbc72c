const maxQuotedLength = 80;

/**
 * Text quoted for an admin-facing message: JSON quoting escapes quotes and
 * control characters, and the cut at 80 characters keeps a pasted essay
 * from swamping the report.
 */
export function quote(text: string): string {
  const characters = Array.from(text);
  const shown =
    characters.length > maxQuotedLength
      ? `${characters.slice(0, maxQuotedLength).join('')}…`
      : text;

  return JSON.stringify(shown);
}
