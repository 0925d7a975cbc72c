import { describe, expect, it } from 'vitest';
import { BenchUsageError, readBenchOptions } from '../../bench/bench-options.js';

describe('readBenchOptions', () => {
  it('writes docs/benchmarks.md by default, and nothing for a quick run', () => {
    expect(readBenchOptions([]).out).toBe('docs/benchmarks.md');
    expect(readBenchOptions(['--quick']).out).toBeUndefined();
    expect(readBenchOptions(['--quick']).plan.quick).toBe(true);
  });

  it('writes where --out says, in either order', () => {
    expect(readBenchOptions(['--out', 'a.md', '--quick']).out).toBe('a.md');
    expect(readBenchOptions(['--quick', '--out', 'b.md']).out).toBe('b.md');
  });

  it.each([[['--bogus']], [['--out']], [['--out', '--quick']], [['--quick', '--out', '--quick']]])(
    'refuses %j with the usage line',
    (argv) => {
      expect(() => readBenchOptions(argv)).toThrow(BenchUsageError);
      expect(() => readBenchOptions(argv)).toThrow(/^usage: npm run bench -- \[--quick\]/);
    },
  );
});
