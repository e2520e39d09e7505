/** A figure as people read it: integers as they are, fractions to at most two decimals. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(2).replace(/\.?0+$/, '');
}

export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100)}%`;
}
