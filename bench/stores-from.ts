import type { BenchSection } from './bench-section.js';
import type { ListingFigures } from './listing-bench.js';
import type { MemoryFigures } from './memory-bench.js';
import { median } from './statistics.js';
import type { StoreFigures } from './store-bench.js';
import { type StoreRow, storesSection } from './stores-section.js';

/**
 * Section 3 from what sections 1 to 3 measured: the stores at the small
 * size from their own rounds, and at the large size the in-memory sync of
 * section 2, PGlite when it was timed, and PostgreSQL from the peak-memory
 * runs (each a full sync into PostgreSQL in a fresh process).
 */
export function storesFrom(
  small: StoreFigures,
  largeListing: ListingFigures,
  memory: MemoryFigures[] | string,
  largePglite: StoreFigures | string,
): BenchSection {
  const baseline = median(small.runsMs.memory);
  const rows: StoreRow[] = [
    storeRow(small, 'memory', 'in-memory', baseline),
    storeRow(small, 'pglite', 'PGlite', baseline),
  ];
  const notMeasured: string[] = [];
  const largeBaseline = median(largeListing.syncMs);

  if (small.runsMs.postgres.length > 0)
    rows.push(storeRow(small, 'postgres', 'PostgreSQL', baseline));
  else notMeasured.push('PostgreSQL: not reachable');

  rows.push({
    people: largeListing.people,
    store: 'in-memory',
    runsMs: largeListing.syncMs,
    afterListingsMs: largeListing.syncRuns.map((run) => run.afterListingsMs),
    baselineMs: largeBaseline,
    source: 'section 2',
  });

  if (typeof largePglite === 'string') notMeasured.push(largePglite);
  else rows.push({ ...storeRow(largePglite, 'pglite', 'PGlite', largeBaseline) });

  const largePostgres = typeof memory === 'string' ? undefined : memory[1];

  if (largePostgres !== undefined) {
    rows.push({
      people: largePostgres.people,
      store: 'PostgreSQL',
      runsMs: largePostgres.runsMs,
      afterListingsMs: largePostgres.outcomes.map((run) => run.afterListingsMs),
      baselineMs: largeBaseline,
      source: 'the peak-memory runs of section 2 (a fresh process each)',
    });
  }

  const problems = [
    ...small.problems,
    ...(typeof largePglite === 'string' ? [] : largePglite.problems),
  ];

  return storesSection(rows, notMeasured, problems);
}

function storeRow(
  figures: StoreFigures,
  kind: 'memory' | 'pglite' | 'postgres',
  store: StoreRow['store'],
  baselineMs: number,
): StoreRow {
  return {
    people: figures.people,
    store,
    runsMs: figures.runsMs[kind],
    afterListingsMs: figures.outcomes[kind].map((run) => run.afterListingsMs),
    baselineMs,
  };
}
