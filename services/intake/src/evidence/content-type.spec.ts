import { aDocx, aJpeg, anExecutable, anXlsx, aPdf, aPng, aZip } from '../../test/support/sample-files';
import { checkEvidenceType, EVIDENCE_TYPES, sniffEvidenceType } from './content-type';
import { zipEntryNames } from './zip-entries';

describe('evidence types are judged by content', () => {
  it.each([
    ['a PDF', aPdf(), EVIDENCE_TYPES.pdf],
    ['a JPEG', aJpeg(), EVIDENCE_TYPES.jpeg],
    ['a PNG', aPng(), EVIDENCE_TYPES.png],
    ['a Word document', aDocx(), EVIDENCE_TYPES.docx],
    ['an Excel workbook', anXlsx(), EVIDENCE_TYPES.xlsx],
  ])('%s is recognised by its bytes', (_what, bytes, type) => {
    expect(sniffEvidenceType(bytes)).toBe(type);
  });

  it.each([
    ['an executable', anExecutable()],
    ['plain text', Buffer.from('just some notes')],
    ['an empty file', Buffer.alloc(0)],
    ['a ZIP that is not an office document', aZip({ 'notes.txt': 'hello' })],
    ['a ZIP with office parts but no content types', aZip({ 'word/document.xml': '<w:document/>' })],
    ['a truncated ZIP', aDocx().subarray(0, 40)],
  ])('%s is not evidence', (_what, bytes) => {
    expect(sniffEvidenceType(bytes)).toBeUndefined();
  });

  it('accepts a file declared as what it is, or declared as nothing in particular', () => {
    expect(checkEvidenceType(aPdf(), 'application/pdf')).toEqual({ accepted: true, type: EVIDENCE_TYPES.pdf });
    expect(checkEvidenceType(aPdf(), 'application/octet-stream')).toEqual({ accepted: true, type: EVIDENCE_TYPES.pdf });
    expect(checkEvidenceType(aPng(), 'IMAGE/PNG; charset=binary')).toEqual({ accepted: true, type: EVIDENCE_TYPES.png });
  });

  it('refuses an executable declared as a PDF', () => {
    const check = checkEvidenceType(anExecutable(), 'application/pdf');
    expect(check).toEqual({ accepted: false, reason: expect.stringContaining('not one of the accepted types') });
  });

  it('refuses a PDF declared as an image', () => {
    const check = checkEvidenceType(aPdf(), 'image/png');
    expect(check).toEqual({ accepted: false, reason: 'the file was declared image/png but its content is application/pdf' });
  });

  it('reads the entry names of a ZIP from its central directory', () => {
    expect(zipEntryNames(aZip({ 'a.txt': 'A', '目录/b.txt': 'B' }))).toEqual(['a.txt', '目录/b.txt']);
    expect(zipEntryNames(aPdf())).toBeUndefined();
  });
});
