/** What a fault does to the requests it hits. */
export type FakeFaultKind =
  | 'rate-limit'
  | 'concurrency-limit'
  | 'server-error'
  | 'slow'
  | 'malformed-json'
  | 'reset-connection'
  | 'revoke-token'
  | 'forbidden';

/**
 * A failure a fake org plays on some of its next requests:
 * - `rate-limit`: a 429 of a spent per-minute bucket (`E0000047`);
 * - `concurrency-limit`: a 429 with `X-Rate-Limit-Limit: 0`;
 * - `server-error`: a 5xx with Okta's `E0000009` body;
 * - `slow`: the answer comes `delayMs` of real time late;
 * - `malformed-json`: a 200 whose body is cut off mid-JSON;
 * - `reset-connection`: the connection drops with no answer;
 * - `revoke-token`: the API token stops working from this request on;
 * - `forbidden`: a 403 `E0000006`, as when the credentials lack a scope
 *   or the admin a role.
 */
export interface FakeFault {
  /** What goes wrong; see the list above. */
  kind: FakeFaultKind;
  /** Matching requests let through before the fault starts; 0 by default. */
  skip?: number;
  /** Matching requests it hits; 1 by default, `Infinity` for every one. */
  times?: number;
  /** Only requests whose path starts with this; any path by default. */
  path?: string;
  /** For `slow`: how late the answer comes, in real milliseconds. */
  delayMs?: number;
  /** For `server-error`: the status, 500 by default. */
  status?: number;
}

interface PendingFault {
  fault: FakeFault;
  skip: number;
  times: number;
}

/** Faults waiting for their requests, matched in the order given. */
export class FaultBook {
  readonly #pending: PendingFault[] = [];

  /** Adds a fault after those already waiting. */
  add(fault: FakeFault): void {
    this.#pending.push({ fault, skip: fault.skip ?? 0, times: fault.times ?? 1 });
  }

  /** Forgets every fault still waiting. */
  clear(): void {
    this.#pending.length = 0;
  }

  /**
   * The faults that hit a request to `path`, used up as they hit. Every
   * matching fault counts the request, so skips run in parallel.
   */
  take(path: string): FakeFault[] {
    const hits: FakeFault[] = [];

    for (const pending of this.#pending) {
      if (this.#hits(pending, path)) {
        hits.push(pending.fault);
      }
    }

    this.#forgetUsedUp();

    return hits;
  }

  #hits(pending: PendingFault, path: string): boolean {
    if (!path.startsWith(pending.fault.path ?? '') || pending.times <= 0) {
      return false;
    }

    if (pending.skip > 0) {
      pending.skip -= 1;

      return false;
    }

    pending.times -= 1;

    return true;
  }

  #forgetUsedUp(): void {
    const left = this.#pending.filter((pending) => pending.times > 0);
    this.#pending.splice(0, this.#pending.length, ...left);
  }
}
