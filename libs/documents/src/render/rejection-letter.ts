import { DocumentSeal, fullTitle, renderOfficialPage } from './official-page';

/** The stages of Art. 6 as a decision letter names them. */
const STAGE_NAMES: Readonly<Record<string, string>> = {
  PRELIMINARY_REVIEW: '区县初审 preliminary review',
  RE_REVIEW: '市局复审 re-review',
  ON_SITE_INSPECTION: '现场核查 on-site inspection',
  EXPERT_REVIEW: '专家评审 expert review',
  PUBLIC_NOTICE: '公示 public notice',
  DIRECTOR_MEETING: "局长办公会议 director's meeting",
};

/** The facts a decision not to file states, as recorded when the application was rejected. */
export interface RejectionFacts {
  spaceName: string;
  organisationName: string;
  uscc: string;
  /** The stage of Art. 6 that rejected it. */
  stage: string;
  reasons: { text: string; article?: string }[];
  /** The calendar date of the decision, YYYY-MM-DD (Asia/Shanghai). */
  decidedOn: string;
}

const TITLE = { zh: '不予备案决定书', en: 'Decision Not to File' };
export const REJECTION_LETTER_TITLE = fullTitle(TITLE);

/** The decision letter of an application rejected at a stage of Art. 6, with every reason and its article. */
export function renderRejectionLetter(facts: RejectionFacts, seal: DocumentSeal): Promise<Buffer> {
  return renderOfficialPage(TITLE, seal, facts.decidedOn, (doc, width) => {
    doc.font('bold').fontSize(13).text(`${facts.organisationName}（统一社会信用代码 ${facts.uscc}）：`, { width });
    doc.moveDown(0.5);
    doc
      .font('regular')
      .fontSize(12)
      .text(
        `你单位申报的众创空间“${facts.spaceName}”，经${STAGE_NAMES[facts.stage] ?? facts.stage}，不符合《鞍山市众创空间备案管理办法（试行）》的备案条件，决定不予备案。理由如下：`,
        { width },
      );
    doc
      .fontSize(10)
      .text(
        `The application to file the maker space "${facts.spaceName}" is rejected under the Anshan City Maker-Space Filing Management Measures (Trial), for these reasons:`,
        { width },
      );
    doc.moveDown(0.5);
    facts.reasons.forEach((reason, i) => {
      doc.fontSize(12).text(`${i + 1}. ${reason.text}${reason.article ? `（${reason.article}）` : ''}`, { width, indent: 12 });
    });
  });
}
