/**
 * Formats the n-th person id as `p` plus 19 zero-padded digits. The width
 * holds any bigint, so ids compare as strings in creation order.
 */
export function formatPersonId(sequence: number): string {
  return `p${String(sequence).padStart(19, '0')}`;
}
