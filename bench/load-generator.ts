import { Agent, request } from 'node:http';

/** Where to send load, and what. */
export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** The body of the next request. */
  body(): string;
}

/** What a load run saw. */
export interface LoadResult {
  /** Answers with a 2xx status. */
  ok: number;
  /** Other statuses and socket errors, with the first few described. */
  errors: number;
  errorSamples: string[];
  /** Milliseconds per answered request, from when it was due to be sent. */
  latenciesMs: number[];
  elapsedMs: number;
}

/**
 * Keeps `connections` requests in flight for `durationMs` (a closed loop),
 * for the most requests per second the server sustains.
 */
export async function closedLoop(
  target: LoadTarget,
  connections: number,
  durationMs: number,
): Promise<LoadResult> {
  const sender = createSender(target, connections);
  const endMs = performance.now() + durationMs;
  const lane = async () => {
    while (performance.now() < endMs) await sender.send(performance.now());
  };

  await Promise.all(Array.from({ length: connections }, lane));

  return sender.finish();
}

/**
 * Sends `rate` requests per second for `durationMs` whatever the answers
 * (an open loop), timing each from when it was due, so a slow answer
 * cannot hide the requests queued behind it.
 */
export async function openLoop(
  target: LoadTarget,
  rate: number,
  durationMs: number,
): Promise<LoadResult> {
  const sender = createSender(target, 256);
  const startMs = performance.now();
  const total = Math.round((rate * durationMs) / 1000);
  const pending: Promise<void>[] = [];

  for (let sent = 0; sent < total; ) {
    const nowMs = performance.now();
    const due = Math.min(total, Math.floor(((nowMs - startMs) * rate) / 1000) + 1);

    for (; sent < due; sent += 1) {
      pending.push(sender.send(startMs + (sent * 1000) / rate));
    }

    await new Promise((resolve) => setTimeout(resolve, 1));
  }

  await Promise.all(pending);

  return sender.finish();
}

function createSender(target: LoadTarget, maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const result: LoadResult = { ok: 0, errors: 0, errorSamples: [], latenciesMs: [], elapsedMs: 0 };
  const startMs = performance.now();

  const fail = (what: string) => {
    result.errors += 1;
    if (result.errorSamples.length < 3) result.errorSamples.push(what);
  };

  const send = (dueMs: number) =>
    new Promise<void>((resolve) => {
      const body = target.body();
      const headers = { ...target.headers, 'content-type': 'application/json' };
      const outgoing = request(target.url, { method: 'POST', agent, headers }, (incoming) => {
        incoming.resume();
        incoming.on('end', () => {
          const status = incoming.statusCode ?? 0;
          if (status >= 200 && status < 300) result.ok += 1;
          else fail(`HTTP ${status}`);
          result.latenciesMs.push(performance.now() - dueMs);
          resolve();
        });
      });

      outgoing.on('error', (error) => {
        fail(error.message);
        resolve();
      });
      outgoing.end(body);
    });

  const finish = () => {
    agent.destroy();
    result.elapsedMs = performance.now() - startMs;

    return result;
  };

  return { send, finish };
}
