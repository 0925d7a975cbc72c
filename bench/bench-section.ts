/**
 * How a check came out. Targets are `met` or `missed`; hard gates are
 * `passed` or `failed`; `not measurable` when what it measures is not in
 * the library yet.
 */
export type Verdict = 'met' | 'missed' | 'passed' | 'failed' | 'not measurable' | 'skipped';

/** One target or gate, with what was measured against it. */
export interface Check {
  name: string;
  target: string;
  actual: string;
  verdict: Verdict;
  /** A hard gate: the bench exits non-zero when it fails. */
  hard: boolean;
}

/** One numbered part of docs/benchmarks.md. */
export interface BenchSection {
  title: string;
  /** Markdown paragraphs and tables, in order. */
  body: string[];
  checks: Check[];
}

/** A target: met when `holds`, missed otherwise. Never fails the bench. */
export function targetCheck(name: string, target: string, actual: string, holds: boolean): Check {
  return { name, target, actual, verdict: holds ? 'met' : 'missed', hard: false };
}

/** A hard gate: the bench exits non-zero when it does not hold. */
export function gateCheck(name: string, target: string, actual: string, holds: boolean): Check {
  return { name, target, actual, verdict: holds ? 'passed' : 'failed', hard: true };
}

/** True when a section holds a failed gate. */
export function hasFailedGate(section: BenchSection): boolean {
  return section.checks.some((check) => check.verdict === 'failed');
}
