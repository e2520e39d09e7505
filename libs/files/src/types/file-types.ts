import type { ByteSource } from './byte-source';
import { zipEntryNames } from './zip-entries';

/** The file types the system takes, by the name a form offers them under. */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type FileTypeName = keyof typeof FILE_TYPES;
export type FileType = (typeof FILE_TYPES)[FileTypeName];

/** Types that open inline in a browser (the console previews them); the rest are downloaded. */
export const PREVIEWABLE_TYPES: readonly string[] = [FILE_TYPES.pdf, FILE_TYPES.jpeg, FILE_TYPES.png];

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What the bytes are, judged by their content (magic numbers; for Office Open XML, the parts the
 * package holds), never by the name or the type the client declared. Undefined for anything that
 * is none of the types taken.
 */
export async function sniffFileType(source: ByteSource): Promise<FileType | undefined> {
  const head = await source.read(0, 8);
  const startsWith = (magic: Buffer) => head.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return FILE_TYPES.pdf;
  if (startsWith(JPEG)) return FILE_TYPES.jpeg;
  if (startsWith(PNG)) return FILE_TYPES.png;
  if (startsWith(ZIP)) return officeDocumentType((await zipEntryNames(source)) ?? []);
  return undefined;
}

function officeDocumentType(entries: string[]): FileType | undefined {
  if (!entries.includes('[Content_Types].xml')) return undefined;
  if (entries.includes('word/document.xml')) return FILE_TYPES.docx;
  if (entries.includes('xl/workbook.xml')) return FILE_TYPES.xlsx;
  return undefined;
}

/** Types a client sends when it does not know the file's type; they do not contradict the content. */
const UNDECLARED = ['', 'application/octet-stream'];

export type TypeCheck = { accepted: true; type: FileType } | { accepted: false; reason: string };

/**
 * Accept a file whose content is one of the `accepted` types and whose declared type, if any, says
 * the same: a PDF sent as image/png is refused as surely as an executable sent as application/pdf.
 */
export function checkFileType(found: FileType | undefined, declared: string, accepted: readonly FileTypeName[]): TypeCheck {
  const allowed = accepted.join(', ');
  if (!found || !accepted.some((name) => FILE_TYPES[name] === found))
    return { accepted: false, reason: `the content is not one of the accepted types (${allowed})` };
  const claimed = declared.split(';')[0].trim().toLowerCase();
  if (!UNDECLARED.includes(claimed) && claimed !== found) return { accepted: false, reason: `the file was declared ${claimed} but its content is ${found}` };
  return { accepted: true, type: found };
}
