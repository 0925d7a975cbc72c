import { type BenchSection, gateCheck } from './bench-section.js';
import type { EventLatencies } from './event-latency-bench.js';
import { formatLatencyMs, formatRatio, markdownTable } from './format.js';
import { percentile, ratio } from './statistics.js';

/** Section 7: from an Okta event's delivery to the person applied. */
export function eventsSection(
  memory: EventLatencies,
  bullmq: EventLatencies | string,
  events: number,
): BenchSection {
  const memoryP50 = percentile(memory.latenciesMs, 50);
  const rows = [row('in-process (createMemoryQueue)', memory, memoryP50)];
  const problems = [...memory.problems];

  if (typeof bullmq === 'string') {
    rows.push(['BullMQ on Redis', 'not measured', bullmq, '', '', '']);
  } else {
    rows.push(row('BullMQ on Redis', bullmq, memoryP50));
    problems.push(...bullmq.problems);
  }

  return {
    title: '7. Event to person applied',
    body: [
      `${events} events, one at a time: a person's title changes in a fake org of 1,000 ` +
        'people (served over HTTP in the bench process, already synced into an in-memory ' +
        "store), `createEventHookHandler` takes Okta's delivery and queues a person job, and " +
        'a worker runs `engine.runJob` (re-reads the person with `getUser`, writes them). ' +
        'Timed from handing the delivery to the handler until the write is done. BullMQ runs ' +
        'on Redis at 127.0.0.1:6379 under a key prefix of its own, obliterated afterwards, ' +
        'with one worker in the bench process. Baseline: the in-process queue.',
      markdownTable(['queue', 'p50', 'p99', 'mean', 'max', 'p50 ÷ in-process'], rows),
    ],
    checks: [
      gateCheck(
        'every event updated its person',
        'all',
        problems.length === 0 ? 'all' : problems.slice(0, 3).join('; '),
        problems.length === 0,
      ),
    ],
  };
}

function row(name: string, latencies: EventLatencies, baselineP50: number): string[] {
  const values = latencies.latenciesMs;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const p50 = percentile(values, 50);

  return [
    name,
    formatLatencyMs(p50),
    formatLatencyMs(percentile(values, 99)),
    formatLatencyMs(mean),
    formatLatencyMs(Math.max(...values)),
    formatRatio(ratio(p50, baselineP50)),
  ];
}
