import { readFileSync } from 'node:fs';

const FIXTURE = new URL(
  '../test/fixtures/event-hook-delivery-user-account-update-profile.DERIVED.json',
  import.meta.url,
);

/** The auth header value the bench's event hooks expect. Not a secret. */
export const BENCH_HOOK_SECRET = 'bench-hook-secret-value';

/**
 * Makes Okta event hook deliveries shaped like Okta's: the fixture's
 * `user.account.update_profile` delivery (about 3 KB), each with a fresh
 * event uuid and the given target user.
 */
export function createDeliveryWriter(): (sequence: number, userId: string) => string {
  const template = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Delivery;

  return (sequence, userId) => {
    const [event] = template.data.events;
    const uuid = `bench-${process.pid}-${sequence}`;
    const target = [{ ...event?.target[0], id: userId }];

    return JSON.stringify({ ...template, data: { events: [{ ...event, uuid, target }] } });
  };
}

interface Delivery {
  data: { events: { target: Record<string, unknown>[] }[] };
}
