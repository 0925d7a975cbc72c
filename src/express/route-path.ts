/** The routes of the router, after its base path. */
export type RouteName = 'event-hooks' | 'sync' | 'status' | 'plan' | 'settings/check';

/** A request path matched to a route. */
export interface MatchedRoute {
  route: RouteName;
  /** The `:tenantId` segment of the base path, decoded; absent if none. */
  pathTenantId?: string;
}

const routes: readonly RouteName[] = ['event-hooks', 'sync', 'status', 'plan', 'settings/check'];

/**
 * Compiles a base path such as `/tenants/:tenantId/okta` into a matcher of
 * request paths. `:tenantId` is the one parameter; other segments match
 * exactly. A trailing slash on the request is allowed.
 */
export function compileRoutes(basePath: string): (path: string) => MatchedRoute | undefined {
  const segments = basePath.split('/').filter((segment) => segment !== '');
  const pattern = segments.map((segment) =>
    segment === ':tenantId' ? '([^/]+)' : escapeRegExp(segment),
  );
  const tail = routes.map(escapeRegExp).join('|');
  const regex = new RegExp(`^/${[...pattern, `(${tail})`].join('/')}/?$`);
  const hasTenant = segments.includes(':tenantId');

  return (path) => {
    const match = regex.exec(path);

    if (match === null) {
      return undefined;
    }

    const route = match.at(-1) as RouteName;
    const tenant = hasTenant ? decode(match[1] ?? '') : undefined;

    if (tenant === null) {
      return undefined;
    }

    return tenant === undefined ? { route } : { route, pathTenantId: tenant };
  };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
