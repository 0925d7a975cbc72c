import type { BenchSection, Check } from './bench-section.js';
import { formatCount, markdownTable } from './format.js';
import type { MachineDescription } from './machine.js';

/** What docs/benchmarks.md is written from. */
export interface BenchDocument {
  quick: boolean;
  startedAt: Date;
  elapsedMs: number;
  machine: MachineDescription;
  loadAverageAtEnd: number[];
  sections: BenchSection[];
}

/** Renders the bench's results as the markdown of docs/benchmarks.md. */
export function renderDocument(document: BenchDocument): string {
  const checks = document.sections.flatMap((section) => section.checks);
  const parts = [
    '# Benchmarks',
    `Written by \`npm run bench${document.quick ? ' -- --quick' : ''}\` (\`bench/run-bench.ts\`) ` +
      `on ${document.startedAt.toISOString()}, in ${(document.elapsedMs / 60_000).toFixed(1)} ` +
      'minutes. Run it again rather than editing this file. Every time is the median of the ' +
      'runs shown beside it, and every ratio divides by a baseline measured in the same ' +
      'bench run. ' +
      'Request counts and 429s are hard gates (the bench exits non-zero when one fails); ' +
      'timing and memory targets are reported as met or missed. ' +
      '`npm run bench -- --quick` runs small sizes in about 20 seconds as a smoke test ' +
      '(CI runs it, failing only on errors and gates) and writes no file unless given ' +
      '`--out <file.md>`.',
    '## Machine',
    machineTable(document),
    'Note: this machine may be running other work beside the bench (the load averages, ' +
      "which count the bench's own processes too, are the only record of it). Absolute times vary " +
      'from run to run by tens of percent; the ratios are steadier, because each compares runs ' +
      'interleaved with its baseline.',
    '## Summary',
    summaryTable(checks),
    ...document.sections.flatMap((section) => [`## ${section.title}`, ...section.body]),
  ];

  return `${parts.join('\n\n')}\n`;
}

function machineTable(document: BenchDocument): string {
  const { machine } = document;
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' / ');

  return markdownTable(
    ['CPU', 'cores', 'memory', 'Node', 'OS', 'load average at start (1/5/15 min)', 'at end'],
    [
      [
        machine.cpuModel,
        formatCount(machine.cores),
        `${machine.memoryGiB.toFixed(1)} GiB`,
        machine.node,
        machine.platform,
        load(machine.loadAverage),
        load(document.loadAverageAtEnd),
      ],
    ],
  );
}

function summaryTable(checks: readonly Check[]): string {
  return markdownTable(
    ['check', 'target', 'measured', 'result'],
    checks.map((check) => [
      check.hard ? `${check.name} (gate)` : check.name,
      check.target,
      check.actual,
      check.verdict,
    ]),
  );
}
