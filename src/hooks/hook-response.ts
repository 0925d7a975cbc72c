/** What the hook handler did with a request, for the host's logs. */
export type HookOutcome =
  | { kind: 'verified' }
  | {
      kind: 'delivered';
      /** Events in the delivery. */
      events: number;
      /** Person jobs put on the queue (one per person, not per event). */
      queued: number;
      /** Events seen before, by their `uuid`: nothing queued for them. */
      repeated: number;
      /** Events of types a sync does not follow. */
      ignored: number;
    }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; error: unknown };

/** The answer to send back to Okta, whatever the web framework. */
export interface HookResponse {
  status: number;
  headers: Record<string, string>;
  /** The body to send; empty for a delivery taken in. */
  body: string;
  outcome: HookOutcome;
}

const jsonType = { 'content-type': 'application/json; charset=utf-8' };

/** A JSON answer. */
export function jsonResponse(status: number, body: unknown, outcome: HookOutcome): HookResponse {
  return { status, headers: { ...jsonType }, body: JSON.stringify(body), outcome };
}

/**
 * A refusal: the status, a stable error word and a reason that never
 * repeats a secret or the body.
 */
export function refusal(status: number, error: string, reason: string): HookResponse {
  return jsonResponse(status, { error, reason }, { kind: 'refused', reason });
}
