import { type BenchSection, gateCheck } from './bench-section.js';
import { formatCount, formatMs, formatRatio, formatRuns, markdownTable } from './format.js';
import type { ListingFigures } from './listing-bench.js';
import { median, ratio } from './statistics.js';

/** Section 1: what reading every page costs with plain fetch and with the SDK. */
export function floorsSection(sizes: readonly ListingFigures[]): BenchSection {
  const rows = sizes.map((figures) => {
    const plain = median(figures.plainMs);

    return [
      formatCount(figures.people),
      formatCount(figures.listed),
      `${formatMs(plain)} (${formatRuns(figures.plainMs)})`,
      `${formatMs(median(figures.sdkMs))} (${formatRuns(figures.sdkMs)})`,
      formatRatio(ratio(median(figures.sdkMs), plain)),
      `${formatMs(median(figures.directoryMs))} (${formatRuns(figures.directoryMs)})`,
      formatRatio(ratio(median(figures.directoryMs), plain)),
    ];
  });
  const header = [
    'people',
    'listed',
    'plain fetch + JSON.parse',
    'SDK listUsers',
    'SDK ÷ plain',
    'library directory listing',
    'directory ÷ plain',
  ];

  return {
    title: '1. Floors: reading every page',
    body: [
      'The fake org runs in a child process of its own on 127.0.0.1 with its rate budget off ' +
        '(a limit of 10⁹ a minute). **Plain floor**: the global `fetch` and `JSON.parse` of ' +
        'every page of `GET /api/v1/users?limit=200`, following `Link: rel="next"`. **SDK ' +
        "floor**: `for await` over the Okta SDK's `client.userApi.listUsers({ limit: 200 })` " +
        "(`authorizationMode: 'SSWS'`, `cacheMiddleware: null`), which builds its model objects. " +
        "For reference, the library's own `directory.listUsers({ listing: 'current' })` alone " +
        "(the SDK's HTTP layer, pacing, plain JSON). Median of the timed runs (each run's " +
        'time in ' +
        'brackets); rounds interleave every contender of sections 1 and 2, so machine load falls ' +
        'on all of them alike. The smaller org gets one untimed warm-up round first; the larger ' +
        'gets a third round only when it fits the time budget (10 minutes for the whole bench).',
      markdownTable(header, rows),
    ],
    checks: sizes.map((figures) => readAllCheck(figures)),
  };
}

function readAllCheck(figures: ListingFigures): ReturnType<typeof gateCheck> {
  const floorProblems = figures.problems.filter((problem) => problem.includes(' read '));
  const actual = floorProblems.length === 0 ? 'all read' : floorProblems.join('; ');

  return gateCheck(
    `every listing reads all ${formatCount(figures.listed)} users`,
    'all users read',
    actual,
    floorProblems.length === 0,
  );
}
