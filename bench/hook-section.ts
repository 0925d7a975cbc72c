import { type BenchSection, gateCheck, targetCheck } from './bench-section.js';
import {
  formatCount,
  formatLatencyMs,
  formatOverBy,
  formatRatio,
  markdownTable,
} from './format.js';
import type { HookFigures } from './hook-bench.js';
import type { LoadResult } from './load-generator.js';
import { median, percentile, ratio } from './statistics.js';

const THROUGHPUT_TARGET = 0.8;
const P99_TARGET_MS = 10;

/** Section 5: the event hook endpoint against a bare Express JSON endpoint. */
export function hookSection(figures: HookFigures, rate: number): BenchSection {
  const throughput = ratio(median(figures.hookRps), median(figures.bareRps));
  const hookP99 = medianPercentile(figures.hookAtRate, 99);
  const errors = [...figures.bareAtRate, ...figures.hookAtRate].flatMap(describeErrors);
  const body = [
    'Two Express 5 apps in one child process on 127.0.0.1: a bare endpoint ' +
      '(`express.json()`, answers `{ ok: true }`) and `createEventHookMiddleware` over ' +
      '`createEventHookHandler` (header secret check, body checks, one job per person on an ' +
      'in-memory queue whose worker does nothing). The load comes from the bench process over ' +
      "loopback with keep-alive: Okta's `user.account.update_profile` delivery (about 3 KB), " +
      'each with a fresh event uuid. Throughput: ' +
      `${figures.connections} requests kept in flight (closed loop), rounds alternating. ` +
      `Latency: open-loop rounds (alternating) at ${formatCount(rate)} requests per second, ` +
      'each request timed from when it was due to be sent; p50 and p99 are the medians of the ' +
      "rounds' own percentiles. Note: the load generator shares the 2 cores with the servers.",
    markdownTable(
      [
        'endpoint',
        'throughput (req/s, median of rounds)',
        `p50 at ${rate}/s`,
        `p99 at ${rate}/s`,
        'answered',
      ],
      [
        row('bare Express JSON', figures.bareRps, figures.bareAtRate),
        row('event hook', figures.hookRps, figures.hookAtRate),
      ],
    ),
  ];

  if (hookP99 >= P99_TARGET_MS) {
    body.push(
      `**Missed p99** by ${formatOverBy(hookP99, P99_TARGET_MS)}: compare with the bare ` +
        "endpoint's p99 in the same run; when both are high, the machine's load (the load " +
        'generator, the servers and other work share 2 cores) dominates, not the handler. ' +
        'A quieter machine or a load generator on other cores would show the handler alone.',
    );
  }

  return {
    title: '5. Event hook endpoint',
    body,
    checks: [
      targetCheck(
        'hook throughput ÷ bare Express',
        `≥ ${THROUGHPUT_TARGET}×`,
        formatRatio(throughput),
        throughput >= THROUGHPUT_TARGET,
      ),
      targetCheck(
        `hook p99 at ${rate} req/s`,
        `< ${P99_TARGET_MS} ms`,
        formatLatencyMs(hookP99),
        hookP99 < P99_TARGET_MS,
      ),
      gateCheck(
        'every load request answered 2xx',
        'no errors',
        errors.length === 0 ? 'no errors' : errors.join('; '),
        errors.length === 0,
      ),
    ],
  };
}

function row(name: string, rps: readonly number[], atRate: readonly LoadResult[]): string[] {
  const ok = atRate.reduce((sum, result) => sum + result.ok, 0);
  const errors = atRate.reduce((sum, result) => sum + result.errors, 0);
  const each = (percent: number) =>
    atRate.map((result) => formatLatencyMs(percentile(result.latenciesMs, percent)));

  return [
    name,
    `${formatCount(median(rps))} (${rps.map(formatCount).join(' / ')})`,
    `${formatLatencyMs(medianPercentile(atRate, 50))} (${each(50).join(' / ')})`,
    `${formatLatencyMs(medianPercentile(atRate, 99))} (${each(99).join(' / ')})`,
    `${formatCount(ok)} of ${formatCount(ok + errors)}`,
  ];
}

function medianPercentile(rounds: readonly LoadResult[], percent: number): number {
  return median(rounds.map((result) => percentile(result.latenciesMs, percent)));
}

function describeErrors(result: LoadResult): string[] {
  return result.errors === 0 ? [] : [`${result.errors} errors (${result.errorSamples.join(', ')})`];
}
