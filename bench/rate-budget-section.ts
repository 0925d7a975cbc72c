import { type BenchSection, gateCheck, targetCheck } from './bench-section.js';
import { formatCount, formatMs, formatOverBy, formatRatio, markdownTable } from './format.js';
import type { RateBudgetFigures } from './rate-budget-bench.js';
import { median, ratio } from './statistics.js';

const TARGET = 1.1;

/** Section 6: a full sync paced to its share of an enforced budget. */
export function rateBudgetSection(figures: RateBudgetFigures): BenchSection {
  const virtual = median(figures.virtualMs);
  const toMinimum = ratio(virtual, figures.minimumMs);
  const tooMany = figures.tooManyRequests.reduce((sum, count) => sum + count, 0);
  const hits = figures.runs.reduce(
    (sum, run) => sum + (run.stats.rateLimitHits ?? 0) + (run.stats.concurrencyLimitHits ?? 0),
    0,
  );
  const ownPerWindow = Math.floor(figures.perMinute * figures.share);
  const requests = [...new Set(figures.runs.map((run) => run.stats.requests))].join(', ');
  const body = [
    `A fake org of ${formatCount(figures.people)} people (${formatCount(figures.listed)} listed, ` +
      `${formatCount(figures.deprovisioned)} DEPROVISIONED) enforcing ` +
      `${formatCount(figures.perMinute)} requests a minute with real 429s, served over HTTP in ` +
      'the bench process, and a full sync into memory with `pageSize: ' +
      `${figures.pageSize}\` (so the listing needs several windows) and the default ` +
      `\`rateLimitShare\` of ${figures.share}: ${ownPerWindow} requests per window. The org and ` +
      'the directory share one `createVirtualTimer()`, so a minute window passes in no real ' +
      'time; durations are read on that clock. The minimum the share allows for R requests is ' +
      `(⌈R / ${ownPerWindow}⌉ − 1) × 60 s.`,
    markdownTable(
      ['requests', 'minimum', 'virtual time (median)', '÷ minimum', 'real time', '429s'],
      [
        [
          `${requests} (expected ${figures.expected})`,
          formatMs(figures.minimumMs),
          formatMs(virtual),
          formatRatio(toMinimum),
          formatMs(median(figures.wallMs)),
          `${tooMany} from the org, ${hits} seen by the directory`,
        ],
      ],
    ),
    'The margin over the minimum is the directory waiting one second past each reset ' +
      "(Okta's reset is in whole seconds, so its window may end up to a second late).",
  ];

  if (toMinimum > TARGET) {
    body.push(`**Missed** by ${formatOverBy(toMinimum, TARGET)}.`);
  }

  return {
    title: '6. Rate budget',
    body,
    checks: [
      gateCheck('429s during a paced full sync', '0', `${tooMany + hits}`, tooMany + hits === 0),
      gateCheck(
        'Okta requests of the paced sync',
        `${figures.expected}`,
        figures.problems.length === 0 ? `${figures.expected}` : figures.problems.join('; '),
        figures.problems.length === 0,
      ),
      targetCheck(
        'virtual time ÷ the minimum the share allows',
        `≤ ${TARGET}×`,
        formatRatio(toMinimum),
        toMinimum <= TARGET,
      ),
    ],
  };
}
