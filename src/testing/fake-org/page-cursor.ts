/**
 * Writes a listing position as an opaque `after` cursor. Clients must not
 * read it: it only has to round-trip through `decodeCursor`.
 */
export function encodeCursor(position: number): string {
  return Buffer.from(`p${position}`).toString('base64url');
}

/** Reads a cursor back; 0 (the start) when absent, null when malformed. */
export function decodeCursor(cursor: string | null): number | null {
  if (cursor === null || cursor === '') {
    return 0;
  }

  const match = /^p(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());

  return match === null ? null : Number(match[1]);
}
