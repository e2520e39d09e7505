import QRCode from 'qrcode';

const QR_SIZE = 96;
/** The footer's height: the QR code, with room below it inside the margin so its text never spills onto a page of its own. */
const FOOTER_HEIGHT = QR_SIZE + 24;

/**
 * The foot of every official document: a QR code that opens the public verification page for the
 * document's code, the code itself and the address, for a reader without a camera. The QR code is
 * drawn as vector squares (sharp at any zoom, the same bytes every time).
 */
export function drawSealFooter(doc: PDFKit.PDFDocument, verifyUrl: string, code: string): void {
  const url = `${verifyUrl.replace(/\/+$/, '')}/${code}`;
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const cell = QR_SIZE / modules;
  const left = doc.page.margins.left;
  const top = doc.page.height - doc.page.margins.bottom - FOOTER_HEIGHT;
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (qr.modules.get(row, col)) doc.rect(left + col * cell, top + row * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  const textLeft = left + QR_SIZE + 16;
  const width = doc.page.width - doc.page.margins.right - textLeft;
  doc
    .font('bold')
    .fontSize(11)
    .text(`验证码 Verification code: ${code}`, textLeft, top + 8, { width, lineBreak: false });
  doc.font('regular').fontSize(9);
  doc.text('扫描二维码或访问以下网址核验本文件的真实性 / Scan the code or open this address to verify this document:', textLeft, top + 30, { width });
  doc.text(url, textLeft, doc.y + 2, { width, link: url, underline: false });
  doc.text('本文件由鞍山市科学技术局电子签章 / Signed electronically by the bureau', textLeft, doc.y + 4, { width });
}
