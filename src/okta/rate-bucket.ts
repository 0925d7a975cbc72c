// Okta counts requests in buckets by method and path: most collections and
// their members have buckets of their own, and every /api/v1/apps/{id}/…
// path shares one small bucket. Ids are folded away so one key stands for
// one bucket; where Okta's matching is undocumented, a deeper path gets a
// bucket of its own and the headers of its responses set its pace.
const ID_SEGMENT = '{id}';

/**
 * The rate-limit bucket a request counts against, such as
 * `GET /api/v1/users` or `GET /api/v1/apps/*`.
 */
export function rateBucketOf(method: string, url: string): string {
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  const segments = path.split('/').filter((segment) => segment !== '');
  const verb = method.toUpperCase();

  if (segments[0] !== 'api' || segments[1] !== 'v1') {
    return `${verb} /${segments.join('/')}`;
  }

  return `${verb} /api/v1/${foldResource(segments.slice(2))}`;
}

function foldResource(segments: string[]): string {
  const [resource = '', id, ...rest] = segments;

  if (resource === 'apps' && (id === undefined || rest.length > 0)) {
    return 'apps/*';
  }

  if (id === undefined) {
    return resource;
  }

  const member = `${resource}/${ID_SEGMENT}`;

  return rest.length === 0 ? member : `${member}/${rest[0]}`;
}
