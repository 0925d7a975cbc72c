/**
 * Finds the `rel="next"` URL in a `Link` header. Okta sends one header line
 * per link; fetch joins them with ", ". Each link is `<url>; rel="…"`, and a
 * URL may itself hold commas, so links are split on "<" rather than ",".
 * Returns null when there is no next link.
 */
export function findNextLink(header: string | null): string | null {
  if (header === null) {
    return null;
  }

  for (const [, url, params] of header.matchAll(/<([^>]*)>([^<]*)/g)) {
    if (url !== undefined && hasNextRelation(params ?? '')) {
      return url;
    }
  }

  return null;
}

function hasNextRelation(params: string): boolean {
  const relation = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(params)?.[1] ?? '';

  return relation.toLowerCase().split(/\s+/).includes('next');
}
