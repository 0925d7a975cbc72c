import { createConnection } from 'node:net';

/** Where the tests find PostgreSQL; DATABASE_URL overrides it. */
export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Where the tests find Redis; REDIS_URL overrides it. */
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether a service answers on its TCP port. Under CI=true an unreachable
 * service is an error, never a skip, so CI cannot go green by skipping;
 * on a developer machine the caller skips with the printed reason.
 */
export async function serviceReachable(name: string, url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const reachable = await canConnect(hostname, Number(port));

  if (reachable) {
    return true;
  }

  const reason = `${name} is not reachable at ${hostname}:${port}`;

  if (process.env.CI === 'true') {
    throw new Error(`${reason}; CI needs it (see .ci/run)`);
  }

  console.warn(`Skipping the ${name} tests: ${reason}.`);

  return false;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };

    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}
