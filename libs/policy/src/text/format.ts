const ZERO = 48;

/** A figure as people read it: integers as they are, fractions to at most two decimals. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const fixed = value.toFixed(2);
  if (fixed.charCodeAt(fixed.length - 1) !== ZERO) return fixed;
  if (fixed.charCodeAt(fixed.length - 2) !== ZERO) return fixed.slice(0, -1);
  return fixed.slice(0, -3);
}

export function formatPercent(ratio: number): string {
  return `${formatNumber(ratio * 100)}%`;
}
