import { type BenchPlan, fullPlan, quickPlan } from './bench-plan.js';

/** How the bench was asked to run. */
export interface BenchOptions {
  plan: BenchPlan;
  /** Where to write the markdown; none for a quick run without `--out`. */
  out: string | undefined;
}

const DOCUMENT = 'docs/benchmarks.md';

/**
 * Reads `--quick` and `--out <path>`. A full run writes docs/benchmarks.md
 * by default; a quick run writes nothing unless told where, so a smoke
 * test never overwrites the published figures.
 */
export function readBenchOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const unknown = argv.filter(
    (arg, index) => !['--quick', '--out'].includes(arg) && (outAt < 0 || index !== outAt + 1),
  );

  if (unknown.length > 0 || (outAt >= 0 && out === undefined)) {
    throw new Error(`usage: run-bench.ts [--quick] [--out <file.md>]; got ${argv.join(' ')}`);
  }

  return { plan: quick ? quickPlan : fullPlan, out: out ?? (quick ? undefined : DOCUMENT) };
}
