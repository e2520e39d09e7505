import { zipEntryNames } from './zip-entries';

/** The file types accepted as evidence. */
export const EVIDENCE_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[keyof typeof EVIDENCE_TYPES];

const PDF = Buffer.from('%PDF-', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What the bytes are, judged by their content (magic numbers; for Office Open XML, the parts the
 * package holds), never by the name or the type the client declared. Undefined for anything that
 * is not an accepted evidence type.
 */
export function sniffEvidenceType(bytes: Buffer): EvidenceType | undefined {
  const startsWith = (magic: Buffer) => bytes.subarray(0, magic.length).equals(magic);
  if (startsWith(PDF)) return EVIDENCE_TYPES.pdf;
  if (startsWith(JPEG)) return EVIDENCE_TYPES.jpeg;
  if (startsWith(PNG)) return EVIDENCE_TYPES.png;
  if (startsWith(ZIP)) return officeDocumentType(zipEntryNames(bytes) ?? []);
  return undefined;
}

function officeDocumentType(entries: string[]): EvidenceType | undefined {
  if (!entries.includes('[Content_Types].xml')) return undefined;
  if (entries.includes('word/document.xml')) return EVIDENCE_TYPES.docx;
  if (entries.includes('xl/workbook.xml')) return EVIDENCE_TYPES.xlsx;
  return undefined;
}

/** Types a client sends when it does not know the file's type; they do not contradict the content. */
const UNDECLARED = ['', 'application/octet-stream'];

export type TypeCheck = { accepted: true; type: EvidenceType } | { accepted: false; reason: string };

/**
 * Accept a file whose content is an evidence type and whose declared type, if any, says the same:
 * a PDF sent as image/png is refused as surely as an executable sent as application/pdf.
 */
export function checkEvidenceType(bytes: Buffer, declared: string): TypeCheck {
  const type = sniffEvidenceType(bytes);
  const allowed = Object.keys(EVIDENCE_TYPES).join(', ');
  if (!type) return { accepted: false, reason: `the content is not one of the accepted types (${allowed})` };
  const claimed = declared.split(';')[0].trim().toLowerCase();
  if (!UNDECLARED.includes(claimed) && claimed !== type) return { accepted: false, reason: `the file was declared ${claimed} but its content is ${type}` };
  return { accepted: true, type };
}
