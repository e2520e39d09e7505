import { HttpStatus } from '@nestjs/common';
import { ApiException } from '@makerspace/http';
import type { CalendarDate } from '@makerspace/policy';
import { columnLetter, locateColumns } from './import-columns';
import { type ImportedSpace, type ImportIssue, readImportRow } from './import-row';

/** Rows with nothing in any cell are left out (spreadsheets keep formatted empty rows). */
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads every row of an import table (row 1 the header line): the spaces it describes and every
 * problem found, row by row and column by column. A filing number given twice is refused at its
 * second row. A header line without a required column refuses the whole file.
 */
export function readImportFile(table: readonly string[][], today: CalendarDate): { spaces: ImportedSpace[]; issues: ImportIssue[] } {
  const [headers = [], ...body] = table;
  const { positions, missing, repeated } = locateColumns(headers);
  if (missing.length > 0 || repeated.length > 0) {
    const issues = [
      ...missing.map((column) => ({ field: `row 1, column ${column}`, rule: 'requiredColumn', message: `the header line has no column ${column}` })),
      ...repeated.map((header) => ({
        field: `row 1, column ${columnLetter(headers.indexOf(header, headers.indexOf(header) + 1))}`,
        rule: 'uniqueColumn',
        message: `"${header}" names a column already given`,
      })),
    ];
    throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the import file is not valid: its header line lacks columns or repeats them', issues);
  }
  const spaces: ImportedSpace[] = [];
  const issues: ImportIssue[] = [];
  const firstRowOf = new Map<string, number>();
  body.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = index + 2;
    const read = readImportRow(row, cells, positions, today);
    issues.push(...read.issues);
    if (!read.space) return;
    const first = firstRowOf.get(read.space.filingNumber);
    if (first !== undefined) {
      issues.push({
        row,
        column: 'filing_number',
        field: `row ${row}, column ${columnLetter(positions.filing_number!)} (filing_number)`,
        rule: 'uniqueInFile',
        message: `${read.space.filingNumber} is already given in row ${first}`,
      });
      return;
    }
    firstRowOf.set(read.space.filingNumber, row);
    spaces.push(read.space);
  });
  if (spaces.length === 0 && issues.length === 0) {
    throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'the import file is not valid: it has no rows under its header line', [
      { field: 'file', rule: 'rows', message: 'no rows under the header line' },
    ]);
  }
  return { spaces, issues };
}
