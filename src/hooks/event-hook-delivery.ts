import { z } from 'zod';

// Okta ids are 20 letters and digits; the bound leaves room for others.
const oktaId = z.string().regex(/^[A-Za-z0-9]{1,64}$/, { error: 'must be an Okta id' });

const target = z.object({
  id: z.string(),
  type: z.string(),
});

const event = z.object({
  uuid: z.string().min(1).max(200),
  eventType: z.string().min(1).max(200),
  published: z.string().optional(),
  target: z.array(target).nullish(),
});

const delivery = z.object({
  eventType: z.literal('com.okta.event_hook').optional(),
  eventId: z.string().optional(),
  data: z.object({ events: z.array(event) }),
});

/** One System Log event of a delivery, reduced to what a sync needs. */
export interface HookEvent {
  /** The event's System Log id: the same event always has the same one. */
  uuid: string;
  eventType: string;
  published?: string;
  /** Ids of the event's `User` targets. */
  userIds: string[];
}

/** A delivery Okta POSTs to an event hook, reduced to its events. */
export interface EventHookDelivery {
  /** The id of this POST; a retry may or may not reuse it. */
  eventId?: string;
  events: HookEvent[];
}

/** What reading a delivery body gave: its events, or why it is refused. */
export type ReadDeliveryResult =
  | { ok: true; delivery: EventHookDelivery }
  | { ok: false; reason: string };

/**
 * Reads the JSON body of an event hook POST. Unknown fields are ignored, so
 * Okta may add some; the envelope, each event's `uuid` and `eventType`, and
 * the ids of `User` targets must be well formed, else the whole delivery is
 * refused with a reason naming the first problem.
 */
export function readDelivery(body: string): ReadDeliveryResult {
  const json = parseJson(body);

  if (json === undefined) {
    return { ok: false, reason: 'the body is not JSON' };
  }

  const parsed = delivery.safeParse(json);

  if (!parsed.success) {
    return { ok: false, reason: describeIssue(parsed.error) };
  }

  return toDelivery(parsed.data);
}

function toDelivery(data: z.infer<typeof delivery>): ReadDeliveryResult {
  const events: HookEvent[] = [];

  for (const [index, item] of data.data.events.entries()) {
    const users = (item.target ?? []).filter((entry) => entry.type === 'User');
    const bad = users.find((user) => !oktaId.safeParse(user.id).success);

    if (bad !== undefined) {
      return { ok: false, reason: `data.events.${index}.target: a User id must be an Okta id` };
    }

    events.push({
      uuid: item.uuid,
      eventType: item.eventType,
      ...(item.published === undefined ? {} : { published: item.published }),
      userIds: users.map((user) => user.id),
    });
  }

  return { ok: true, delivery: { ...withEventId(data.eventId), events } };
}

function withEventId(eventId: string | undefined): { eventId?: string } {
  return eventId === undefined ? {} : { eventId };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function describeIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  const path = issue?.path.map(String).join('.') || 'the body';

  return `${path}: ${issue?.message ?? 'is not an Okta event hook delivery'}`;
}
