import { z } from 'zod';

/**
 * The parts of Okta's event hook object (`GET /api/v1/eventHooks`) the
 * setup check reads; other fields are ignored, and a hook missing one of
 * these is read as unusable rather than failing the check.
 */
export interface OktaEventHook {
  id: string;
  name: string;
  /** `ACTIVE` or `INACTIVE`. */
  status: string;
  /** `VERIFIED` or `UNVERIFIED`. */
  verificationStatus: string;
  /** Where Okta posts the events. */
  uri: string;
  /** The event types it subscribes to. */
  events: string[];
}

const hookSchema = z.object({
  id: z.string(),
  name: z.string().catch(''),
  status: z.string().catch(''),
  verificationStatus: z.string().catch(''),
  events: z.object({ items: z.array(z.string()).catch([]) }).catch({ items: [] }),
  channel: z.object({ config: z.object({ uri: z.string() }) }),
});

/** The hooks of a listing's body; entries that are no hook are left out. */
export function readEventHooks(body: unknown): OktaEventHook[] {
  if (!Array.isArray(body)) return [];

  return body.flatMap((entry) => {
    const parsed = hookSchema.safeParse(entry);
    if (!parsed.success) return [];

    const { channel, events, ...hook } = parsed.data;
    return [{ ...hook, uri: channel.config.uri, events: events.items }];
  });
}
