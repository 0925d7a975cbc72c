const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const TOKEN_PATH = '/oauth2/v1/token';

/**
 * True for a request that may be sent again without changing anything in
 * Okta: a read, or a request for an access token.
 */
export function isRepeatable(method: string, url: string): boolean {
  const verb = method.toUpperCase();

  if (verb === 'GET' || verb === 'HEAD') {
    return true;
  }

  return verb === 'POST' && isTokenRequest({ method, url });
}

/** True for a service app's request for an access token. */
export function isTokenRequest(request: { method?: string; url: string }): boolean {
  const post = (request.method ?? 'GET').toUpperCase() === 'POST';

  return post && URL.canParse(request.url) && new URL(request.url).pathname === TOKEN_PATH;
}

/** True for a status that says Okta, or a gateway before it, failed for now. */
export function isTransientStatus(status: number): boolean {
  return status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * How long to wait before the `count`-th retry of a transient failure:
 * exponential from half a second, capped at ten, with jitter so that many
 * clients do not retry in step.
 */
export function transientWaitMs(count: number, random: () => number): number {
  const ceilingMs = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (count - 1));

  return Math.floor(ceilingMs / 2 + (random() * ceilingMs) / 2);
}

/**
 * The URL with its `limit` halved, for a list page Okta answered with 500:
 * Okta's advice, since a 500 on a listing usually means it timed out.
 * The same URL when it has no `limit` or the limit is 1 already.
 */
export function withSmallerLimit(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const limit = Number(parsed?.searchParams.get('limit') ?? Number.NaN);

  if (parsed === undefined || !Number.isInteger(limit) || limit <= 1) {
    return url;
  }

  parsed.searchParams.set('limit', String(Math.floor(limit / 2)));

  return parsed.href;
}
