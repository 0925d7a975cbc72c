import { z } from 'zod';

/** The bounds of a whole number; no `max` means no upper bound. */
export interface WholeNumberRange {
  min: number;
  max?: number;
}

/**
 * A whole number in a range, with one message for every way to miss it
 * (not a number, a fraction, too small or too large).
 */
export function wholeNumber(range: WholeNumberRange, message: string) {
  const number = z
    .number({ error: message })
    .int({ error: message })
    .min(range.min, { error: message });

  return range.max === undefined ? number : number.max(range.max, { error: message });
}
