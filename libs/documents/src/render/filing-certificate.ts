import { DocumentSeal, fullTitle, renderOfficialPage } from './official-page';

/** The facts a filing certificate states, as recorded when the filing number was issued. */
export interface FilingCertificateFacts {
  filingNumber: string;
  spaceName: string;
  organisationName: string;
  uscc: string;
  venueAddress: string;
  /** The calendar date of the director's meeting's approval, YYYY-MM-DD (Asia/Shanghai). */
  filedOn: string;
}

const TITLE = { zh: '众创空间备案证书', en: 'Maker Space Filing Certificate' };
export const FILING_CERTIFICATE_TITLE = fullTitle(TITLE);

/**
 * The filing certificate (备案证书) of a maker space filed under Art. 6 of the Measures: its filing
 * number, the space and its operating organisation, the venue and the date of filing.
 */
export function renderFilingCertificate(facts: FilingCertificateFacts, seal: DocumentSeal): Promise<Buffer> {
  return renderOfficialPage(TITLE, seal, facts.filedOn, (doc, width) => {
    doc.font('bold').fontSize(14).text(`备案编号 Filing number:  ${facts.filingNumber}`, { width });
    doc.moveDown(1);
    const rows: [string, string][] = [
      ['众创空间名称 Maker space', facts.spaceName],
      ['运营管理机构 Operating organisation', facts.organisationName],
      ['统一社会信用代码 Unified social credit code', facts.uscc],
      ['场地地址 Venue', facts.venueAddress],
      ['备案日期 Filed on', facts.filedOn],
    ];
    for (const [label, value] of rows) {
      doc.font('regular').fontSize(10).fillColor('#555555').text(label, { width });
      doc.font('regular').fontSize(13).fillColor('#000000').text(value, { width });
      doc.moveDown(0.6);
    }
    doc.moveDown(1);
    doc.fontSize(12).text('依据《鞍山市众创空间备案管理办法（试行）》第六条，经审核、公示和局长办公会议审定，准予备案。', { width });
    doc
      .fontSize(10)
      .text(
        "Filed under Article 6 of the Anshan City Maker-Space Filing Management Measures (Trial), after review, public notice and approval by the director's meeting.",
        { width },
      );
  });
}
