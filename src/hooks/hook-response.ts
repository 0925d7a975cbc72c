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
  | {
      kind: 'refused';
      /** Why the request was refused; never quotes a secret or the body. */
      reason: string;
    }
  | {
      kind: 'failed';
      /** What was thrown inside, such as the queue's error; log it. */
      error: unknown;
    };

/** The answer to send back to Okta, whatever the web framework. */
export interface HookResponse {
  /** The HTTP status: 200 when taken in, 4xx when refused, 500 on failure. */
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** The body to send; empty for a delivery taken in. */
  body: string;
  /** What the handler did, for the host's logs; not sent to Okta. */
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
