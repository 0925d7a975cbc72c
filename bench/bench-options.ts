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

  // A path that starts with "--" is a flag given by mistake (`--out --quick`).
  const missingPath = outAt >= 0 && (out === undefined || out.startsWith('--'));

  if (unknown.length > 0 || missingPath) {
    throw new BenchUsageError(argv);
  }

  return { plan: quick ? quickPlan : fullPlan, out: out ?? (quick ? undefined : DOCUMENT) };
}

/** The command line was not understood; the message is the usage line. */
export class BenchUsageError extends Error {
  constructor(argv: readonly string[]) {
    super(`usage: npm run bench -- [--quick] [--out <file.md>]; got: ${argv.join(' ')}`);
    this.name = 'BenchUsageError';
  }
}
