import { stringify } from 'csv-stringify/sync';
import { spreadsheetText } from './spreadsheet-text';

/** A cell's value: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null | undefined;

/** One column of an export: its header and how a row gives its cell. */
export interface Column<Row> {
  header: string;
  value(row: Row): Cell;
}

/** What spreadsheet programs need to read a CSV file as UTF-8 (Chinese text intact). */
const UTF8_BOM = '\uFEFF';

/**
 * Every CSV file the system hands out, one way (RFC 4180 by csv-stringify): CRLF line ends, a cell
 * quoted when it holds a comma, a quote or a line break, a byte-order mark before the header so
 * spreadsheet programs read Chinese text as UTF-8, and text neutralised so that no cell runs as a
 * formula (spreadsheetText). Numbers stay numbers.
 */
export class CsvTable<Row> {
  constructor(private readonly columns: readonly Column<Row>[]) {}

  /** The header line, after the byte-order mark: the start of a file. */
  header(): string {
    return UTF8_BOM + this.write([this.columns.map((c) => c.header)]);
  }

  /** The lines of `rows`, each ended by CRLF: the rest of a file, in as many parts as it is read. */
  lines(rows: readonly Row[]): string {
    return this.write(rows.map((row) => this.columns.map((c) => cellOf(c.value(row)))));
  }

  /** A whole file: the header and every row. */
  file(rows: readonly Row[]): string {
    return this.header() + this.lines(rows);
  }

  private write(records: (string | number)[][]): string {
    return records.length ? stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }) : '';
  }
}

function cellOf(value: Cell): string | number {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? value : spreadsheetText(value);
}
