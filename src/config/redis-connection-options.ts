import { z } from 'zod';
import { hostFunction, hostObject } from './host-value.js';

const urlMessage = 'use a redis:// or rediss:// URL';

/** How the BullMQ adapter reaches Redis: the fields, for each adapter's schema. */
export const redisConnectionShape = {
  redisUrl: z
    .string({ error: urlMessage })
    .refine(isRedisUrl, { error: urlMessage })
    .optional()
    .meta({
      description:
        'A `redis://` or `rediss://` URL; the adapter then opens its own connections and ' +
        'closes them on `close()`. Give either this or `connection`.',
      allowed: 'a `redis:` or `rediss:` URL',
    }),
  connection: hostObject({
    description:
      "BullMQ connection options, or the host's ioredis instance, which `close()` leaves open.",
    tsType: 'ConnectionOptions',
  }).optional(),
  onError: hostFunction({
    description:
      'Told each error of the Redis connection; BullMQ reconnects by itself. A connection ' +
      'that stays down shows as failing enqueues and jobs left waiting.',
    tsType: '(error: Error) => void',
    defaultText: 'ignored',
  }).optional(),
};

/** True when exactly one way to Redis is given, so the adapter knows what it owns. */
export function hasOneRedisConnection(given: { redisUrl?: unknown; connection?: unknown }) {
  return (given.redisUrl === undefined) !== (given.connection === undefined);
}

/** What to say when there are none or two. */
export const oneRedisConnection = {
  error: 'give exactly one of redisUrl and connection',
  path: ['redisUrl'],
};

function isRedisUrl(text: string): boolean {
  return URL.canParse(text) && ['redis:', 'rediss:'].includes(new URL(text).protocol);
}
