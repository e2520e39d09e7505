import { pdfBytes } from './pdf-bytes';
import { drawSealFooter } from './seal-footer';

/** What the seal puts on a document: its code, the page that checks it, the decision's moment. */
export interface DocumentSeal {
  verificationCode: string;
  /** The public verification page; the document's code is appended to it. */
  verifyUrl: string;
  /** The decision's moment: the document's creation date. */
  issuedAt: Date;
}

/** A document's title in Chinese, with the English beneath it. */
export interface DocumentTitle {
  zh: string;
  en: string;
}

export const fullTitle = (title: DocumentTitle) => `${title.zh} ${title.en}`;

/**
 * One page of the bureau's: the title, the body `draw` lays out, the bureau's name and the date
 * it is dated, and the seal's QR code and code at the foot. Unsigned: `sealPdf` signs these bytes.
 */
export function renderOfficialPage(
  title: DocumentTitle,
  seal: DocumentSeal,
  datedOn: string,
  draw: (doc: PDFKit.PDFDocument, width: number) => void,
): Promise<Buffer> {
  return pdfBytes({ title: fullTitle(title), issuedAt: seal.issuedAt, verificationCode: seal.verificationCode }, (doc) => {
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.font('bold').fontSize(26).text(title.zh, { align: 'center', width });
    doc.font('regular').fontSize(13).text(title.en, { align: 'center', width });
    doc.moveDown(2);
    draw(doc, width);
    doc.moveDown(2);
    doc.font('bold').fontSize(13).text('鞍山市科学技术局', { align: 'right', width });
    doc.font('regular').fontSize(10).text('Anshan Municipal Science and Technology Bureau', { align: 'right', width });
    doc.fontSize(12).text(datedOn, { align: 'right', width });
    drawSealFooter(doc, seal.verifyUrl, seal.verificationCode);
  });
}
