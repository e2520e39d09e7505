import { wordsNotForPeople } from './page-words';

describe('what a page must not show a person', () => {
  it('passes words for people, in either language, with names, dates and numbers', () => {
    expect(
      wordsNotForPeople(
        '鞍山创客空间 · 区县初审 · 办理期限至2026-12-22（含当日），2026-12-23起逾期 · 第五条第（一）项 · 鞍科众备〔2026〕001 · officer-city-3f2a',
        'zh',
      ),
    ).toEqual([]);
    expect(
      wordsNotForPeople('鞍山创客空间 · Preliminary review (district) · due on or before 2026-12-22; overdue from 2026-12-23 · Art. 5(1) · the system', 'en'),
    ).toEqual([]);
  });

  it('finds a message key shown raw, and a placeholder left unfilled', () => {
    expect(wordsNotForPeople('已提交 · event.application.filed · supervisionAction.review-opened', 'zh')).toEqual(
      expect.arrayContaining(['message key event.application.filed', 'message key supervisionAction.review-opened']),
    );
    expect(wordsNotForPeople('第 {n} 项', 'zh')).toEqual(['unfilled placeholder {n}']);
  });

  it('finds codes of the machine: statuses, stages, rules, action names, actors, field names', () => {
    expect(wordsNotForPeople('PRELIMINARY_REVIEW ART5_4_NEW_COMPANIES_OR_FINANCING DISMISSED panel-scored filing-workflow newCompanies', 'en')).toEqual([
      'code PRELIMINARY_REVIEW',
      'code ART5_4_NEW_COMPANIES_OR_FINANCING',
      'code DISMISSED',
      'code panel-scored',
      'code filing-workflow',
      'field name newCompanies',
    ]);
  });

  it('finds an id shown as text', () => {
    expect(wordsNotForPeople('异议 3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b', 'zh')).toEqual(['id 3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b']);
  });

  it('finds the other language: English words and citations on a Chinese page, Chinese messages on an English page', () => {
    expect(wordsNotForPeople('理由:the public notice is over (Art. 6(4))', 'zh')).toEqual([
      'article cited in English: Art. 6(4)',
      'English on a Chinese page: the public notice is over',
    ]);
    expect(wordsNotForPeople('Objections: 公示中的申请 (第六条)', 'en')).toEqual([
      'article cited in Chinese: 第六条',
      'Chinese message on an English page: 公示中的申请',
    ]);
  });
});
