import type { Recommendation } from '.prisma/evaluation-client';

const COLUMNS: [header: string, value: (r: Recommendation) => string | number][] = [
  ['year', (r) => r.year],
  ['filing_number', (r) => r.filingNumber],
  ['space_name', (r) => r.spaceName],
  ['division_code', (r) => r.divisionCode],
  ['grade', (r) => r.grade],
  ['score', (r) => r.score],
  ['recommended_on', (r) => r.recommendedOn],
];

/** A field as RFC 4180 writes it; a leading formula character is neutralised for spreadsheets. */
function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The provincial recommendation list of a year as CSV (UTF-8 with a byte-order mark, so
 * spreadsheet programs read the Chinese names), one space a line.
 */
export function recommendationCsv(rows: readonly Recommendation[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(','), ...rows.map((r) => COLUMNS.map(([, v]) => field(v(r))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
