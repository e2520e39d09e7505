/**
 * The columns of a go-live import file, found by their header in the first row (English or the
 * bureau's Chinese headings; case, spaces and hyphens do not matter). `space_name` may be left out:
 * the organisation's name then names the space, as the bureau's older lists did.
 */
export const IMPORT_COLUMNS = {
  filing_number: ['filing_number', '备案编号'],
  space_name: ['space_name', '众创空间名称', '空间名称'],
  organisation: ['organisation', 'organization', '运营主体', '运营主体名称'],
  uscc: ['uscc', '统一社会信用代码'],
  venue: ['venue', '场地', '场地地址'],
  district: ['district', '所在区县', '区县'],
  filed_on: ['filed_on', 'filing_date', '备案日期'],
  past_grades: ['past_grades', '历年评价', '历年评价等次'],
} as const;

export type ImportColumn = keyof typeof IMPORT_COLUMNS;
const OPTIONAL: readonly ImportColumn[] = ['space_name'];

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A column's letter as a spreadsheet shows it (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export type ColumnPositions = Partial<Record<ImportColumn, number>>;

/** Where each column is, or the required columns the header row lacks and headers seen twice. */
export function locateColumns(headers: readonly string[]): { positions: ColumnPositions; missing: ImportColumn[]; repeated: string[] } {
  const positions: ColumnPositions = {};
  const repeated: string[] = [];
  headers.forEach((header, index) => {
    const name = normalise(header);
    const column = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).find((c) =>
      (IMPORT_COLUMNS[c] as readonly string[]).some((alias) => normalise(alias) === name),
    );
    if (!column) return;
    if (positions[column] !== undefined) repeated.push(header);
    else positions[column] = index;
  });
  const missing = (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).filter((c) => positions[c] === undefined && !OPTIONAL.includes(c));
  return { positions, missing, repeated };
}
