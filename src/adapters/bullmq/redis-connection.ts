import type { ConnectionOptions } from 'bullmq';

/** Where the BullMQ adapter finds Redis. */
export interface RedisConnectionOptions {
  /**
   * A `redis://` URL. The adapter then opens its own connections and
   * closes them on `close()`. Give this or `connection`.
   */
  redisUrl?: string;
  /**
   * BullMQ connection options, or the host's ioredis instance. An
   * instance stays the host's: `close()` leaves it open.
   */
  connection?: ConnectionOptions;
  /**
   * Told each error of the Redis connection; BullMQ reconnects by itself.
   * Ignored by default, since the library prints nothing: a connection
   * that stays down shows as failing enqueues and jobs left waiting.
   */
  onError?: (error: Error) => void;
}

/**
 * The connection BullMQ is given: options parsed from the URL (BullMQ
 * then owns and closes its connections), or what the host passed.
 */
export function connectionOf(options: RedisConnectionOptions, forWorker: boolean) {
  if (options.connection !== undefined) {
    return options.connection;
  }

  const url = new URL(options.redisUrl ?? 'redis://127.0.0.1:6379');
  const database = url.pathname.slice(1);

  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(database ? { db: Number(database) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // Workers block on Redis; BullMQ requires this for them.
    ...(forWorker ? { maxRetriesPerRequest: null } : {}),
  };
}
