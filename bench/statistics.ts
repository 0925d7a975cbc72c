/** The middle value of some measurements (the mean of the two middle ones). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/**
 * The value under which `percent` % of the measurements fall, by linear
 * interpolation between the nearest ranks; NaN for no measurements.
 */
export function percentile(values: readonly number[], percent: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }

  const sorted = [...values].sort((a, b) => a - b);
  const rank = (percent / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = sorted[below] as number;
  const high = sorted[above] as number;

  return low + (high - low) * (rank - below);
}

/** `value / baseline`, or NaN when the baseline is not a positive number. */
export function ratio(value: number, baseline: number): number {
  return baseline > 0 ? value / baseline : Number.NaN;
}
