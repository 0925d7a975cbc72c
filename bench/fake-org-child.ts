import type { ChildProcess } from 'node:child_process';
import { forkBenchScript, nextMessage, stopChild } from './child-process.js';
import type { FakeOrgSettings } from './fake-org-settings.js';

/** A fake org served by a child process on 127.0.0.1. */
export interface FakeOrgChild {
  url: string;
  token: string;
  people: number;
  /** Users of the plain listing (everyone but DEPROVISIONED). */
  listed: number;
  /** DEPROVISIONED users. */
  deprovisioned: number;
  /** Requests the org answered so far, and how many of them were 429s. */
  count(): Promise<{ requests: number; tooMany: number }>;
  close(): Promise<void>;
}

/** Generates and serves a fake org in a process of its own. */
export async function startFakeOrgProcess(settings: FakeOrgSettings): Promise<FakeOrgChild> {
  const child = forkBenchScript('./fake-org-process.ts', settings);
  const ready = await nextMessage(child, 'ready');

  return {
    url: String(ready.url),
    token: String(ready.token),
    people: settings.people,
    listed: Number(ready.listed),
    deprovisioned: Number(ready.deprovisioned),
    count: () => countRequests(child),
    close: () => stopChild(child),
  };
}

async function countRequests(child: ChildProcess) {
  const counted = nextMessage(child, 'counted', 10_000);
  child.send({ kind: 'count' });
  const message = await counted;

  return { requests: Number(message.requests), tooMany: Number(message.tooMany) };
}
