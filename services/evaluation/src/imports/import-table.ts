import { HttpStatus } from '@nestjs/common';
import { ApiException } from '@makerspace/http';
import { csvRows } from './csv-rows';
import { xlsxRows } from './xlsx-rows';

/** An XLSX workbook is a ZIP archive: it starts with the local file header PK\x03\x04. */
const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304;

const refused = (rule: string, message: string) =>
  new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `the import file is not valid: ${message}`, [{ field: 'file', rule, message }]);

/** The rows of an import file, XLSX (its first sheet) or CSV in UTF-8; row 1 is the header line. */
export async function importTable(bytes: Buffer): Promise<string[][]> {
  if (isZip(bytes)) {
    try {
      return await xlsxRows(bytes);
    } catch (e) {
      throw refused('xlsx', `the workbook cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refused('utf8', 'a CSV file must be UTF-8 (save it as "CSV UTF-8"), or upload the workbook as XLSX');
  }
  return csvRows(text);
}
