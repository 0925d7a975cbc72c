import type { BenchPlan } from './bench-plan.js';
import { forkBenchScript, nextMessage, stopChild } from './child-process.js';
import { BENCH_HOOK_SECRET, createDeliveryWriter } from './hook-delivery.js';
import { closedLoop, type LoadResult, type LoadTarget, openLoop } from './load-generator.js';

/** Throughput and latency of the event hook against a bare Express endpoint. */
export interface HookFigures {
  /** Requests per second answered 2xx in each closed-loop round. */
  bareRps: number[];
  hookRps: number[];
  /** The open-loop rounds at the plan's rate. */
  bareAtRate: LoadResult[];
  hookAtRate: LoadResult[];
  connections: number;
}

const CONNECTIONS = 16;
const WARMUP_MS = 500;

/**
 * Loads both endpoints, served by a child process, from this process over
 * loopback: closed-loop rounds (alternating) for throughput, then
 * open-loop rounds (alternating) at the plan's rate for p50 and p99.
 */
export async function measureHookEndpoint(plan: BenchPlan['hook']): Promise<HookFigures> {
  const child = forkBenchScript('./hook-server-process.ts', {});

  try {
    const ready = await nextMessage(child, 'ready', 60_000);
    const bare = targetOf(String(ready.bareUrl));
    const hook = targetOf(String(ready.hookUrl));

    await closedLoop(bare, CONNECTIONS, WARMUP_MS);
    await closedLoop(hook, CONNECTIONS, WARMUP_MS);

    const { bareRps, hookRps } = await throughputRounds(bare, hook, plan);
    const { bareAtRate, hookAtRate } = await latencyRounds(bare, hook, plan);

    return { bareRps, hookRps, bareAtRate, hookAtRate, connections: CONNECTIONS };
  } finally {
    await stopChild(child);
  }
}

async function throughputRounds(bare: LoadTarget, hook: LoadTarget, plan: BenchPlan['hook']) {
  const bareRps: number[] = [];
  const hookRps: number[] = [];

  for (let round = 0; round < plan.rounds; round += 1) {
    bareRps.push(perSecond(await closedLoop(bare, CONNECTIONS, plan.throughputMs)));
    hookRps.push(perSecond(await closedLoop(hook, CONNECTIONS, plan.throughputMs)));
  }

  return { bareRps, hookRps };
}

async function latencyRounds(bare: LoadTarget, hook: LoadTarget, plan: BenchPlan['hook']) {
  const bareAtRate: LoadResult[] = [];
  const hookAtRate: LoadResult[] = [];

  for (let round = 0; round < plan.rounds; round += 1) {
    bareAtRate.push(await openLoop(bare, plan.rate, plan.durationMs));
    hookAtRate.push(await openLoop(hook, plan.rate, plan.durationMs));
  }

  return { bareAtRate, hookAtRate };
}

function perSecond(result: LoadResult): number {
  return (result.ok / result.elapsedMs) * 1000;
}

// Each delivery has a fresh event uuid (a repeated one would be dropped by
// the hook's ledger) and one of a thousand target users.
function targetOf(url: string): LoadTarget {
  const write = createDeliveryWriter();
  let sequence = 0;

  return {
    url,
    headers: { authorization: BENCH_HOOK_SECRET },
    body: () => {
      sequence += 1;

      return write(sequence, `00ubench${String(sequence % 1000).padStart(12, '0')}`);
    },
  };
}
