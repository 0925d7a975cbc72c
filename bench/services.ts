import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';

/** Where the bench finds PostgreSQL; DATABASE_URL overrides it. */
export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Where the bench finds Redis; REDIS_URL overrides it. */
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether something answers on the URL's host and port within a second. */
export function isReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);

  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port), timeout: 1000 });
    const done = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };

    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** A schema or prefix name no other run uses: `bench_3f9a0c1d2e4b`. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}
