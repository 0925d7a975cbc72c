/** `1,234 ms` below ten seconds, `12.3 s` above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';

  return ms < 10_000 ? `${formatCount(Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Milliseconds with two decimals, for latencies. */
export function formatLatencyMs(ms: number): string {
  return Number.isFinite(ms) ? `${ms.toFixed(2)} ms` : 'n/a';
}

/** `1.23×`. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

/** `10,000`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Bytes as `123 MiB`. */
export function formatMiB(bytes: number): string {
  return `${formatCount(bytes / 1024 / 1024)} MiB`;
}

/** Each run, as `1,200 / 1,250 / 1,300 ms`. */
export function formatRuns(runsMs: readonly number[]): string {
  return runsMs.map((ms) => formatMs(ms)).join(' / ');
}

/** How far over a target a ratio is: `+40%` for 1.4 against 1.0. */
export function formatOverBy(value: number, limit: number): string {
  return `${Math.round((value / limit - 1) * 100)}%`;
}

/** A markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
