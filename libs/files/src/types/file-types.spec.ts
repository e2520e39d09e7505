import { aDocx, aJpeg, anExecutable, anXlsx, aPdf, aPng, aZip } from '@makerspace/testing';
import { bufferBytes } from './byte-source';
import { checkFileType, FILE_TYPES, FileTypeName, sniffFileType } from './file-types';
import { zipEntryNames } from './zip-entries';

const sniff = (bytes: Buffer) => sniffFileType(bufferBytes(bytes));
const EVERY: FileTypeName[] = ['pdf', 'jpeg', 'png', 'docx', 'xlsx'];

describe('file types are judged by content', () => {
  it.each([
    ['a PDF', aPdf(), FILE_TYPES.pdf],
    ['a JPEG', aJpeg(), FILE_TYPES.jpeg],
    ['a PNG', aPng(), FILE_TYPES.png],
    ['a Word document', aDocx(), FILE_TYPES.docx],
    ['an Excel workbook', anXlsx(), FILE_TYPES.xlsx],
  ])('%s is recognised by its bytes', async (_what, bytes, type) => {
    expect(await sniff(bytes)).toBe(type);
  });

  it.each([
    ['an executable', anExecutable()],
    ['plain text', Buffer.from('just some notes')],
    ['an empty file', Buffer.alloc(0)],
    ['a ZIP that is not an office document', aZip({ 'notes.txt': 'hello' })],
    ['a ZIP with office parts but no content types', aZip({ 'word/document.xml': '<w:document/>' })],
    ['a truncated ZIP', aDocx().subarray(0, 40)],
  ])('%s is none of the types taken', async (_what, bytes) => {
    expect(await sniff(bytes)).toBeUndefined();
  });

  it('accepts a file declared as what it is, or declared as nothing in particular', () => {
    expect(checkFileType(FILE_TYPES.pdf, 'application/pdf', EVERY)).toEqual({ accepted: true, type: FILE_TYPES.pdf });
    expect(checkFileType(FILE_TYPES.pdf, 'application/octet-stream', EVERY)).toEqual({ accepted: true, type: FILE_TYPES.pdf });
    expect(checkFileType(FILE_TYPES.png, 'IMAGE/PNG; charset=binary', EVERY)).toEqual({ accepted: true, type: FILE_TYPES.png });
  });

  it('refuses an executable declared as a PDF', () => {
    expect(checkFileType(undefined, 'application/pdf', EVERY)).toEqual({
      accepted: false,
      reason: 'the content is not one of the accepted types (pdf, jpeg, png, docx, xlsx)',
    });
  });

  it('refuses a PDF declared as an image', () => {
    expect(checkFileType(FILE_TYPES.pdf, 'image/png', EVERY)).toEqual({
      accepted: false,
      reason: 'the file was declared image/png but its content is application/pdf',
    });
  });

  it('refuses a type the form does not take (a Word document where only photos are taken)', () => {
    expect(checkFileType(FILE_TYPES.docx, '', ['jpeg', 'png'])).toEqual({
      accepted: false,
      reason: 'the content is not one of the accepted types (jpeg, png)',
    });
  });

  it('reads the entry names of a ZIP from its central directory', async () => {
    expect(await zipEntryNames(bufferBytes(aZip({ 'a.txt': 'A', '目录/b.txt': 'B' })))).toEqual(['a.txt', '目录/b.txt']);
    expect(await zipEntryNames(bufferBytes(aPdf()))).toBeUndefined();
  });
});
