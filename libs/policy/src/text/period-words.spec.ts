import { banWords, changeReportWords, correctionWords, dueWords, noticeWords, selfReportDueWords } from './period-words';

describe('messages about a period say which days are inside it', () => {
  it('Art. 9 a ban: through its last day, and from which day the organisation may apply again', () => {
    expect(banWords('2026-02-28')).toEqual({
      zh: '禁止申报至2026-02-28（含当日），自2026-03-01起可再次申报',
      en: 'banned through 2026-02-28; may apply again from 2026-03-01',
    });
  });

  it('Art. 6(4) a public notice: the day of publication and the last day an objection is taken', () => {
    expect(noticeWords('2021-06-01', '2021-06-08')).toEqual({
      zh: '2021-06-01发布公示，异议受理至2021-06-08（含当日），2021-06-09起不再受理',
      en: 'published on 2021-06-01; objections are taken through 2021-06-08, not from 2021-06-09',
    });
  });

  it('Art. 6 a task due date and a correction: the last day inside, the next day overdue or lapsed', () => {
    expect(dueWords('2021-12-31')).toEqual({
      zh: '办理期限至2021-12-31（含当日），2022-01-01起逾期',
      en: 'due on or before 2021-12-31; overdue from 2022-01-01',
    });
    expect(correctionWords('2024-02-28').en).toBe('correct and resubmit on or before 2024-02-28; from 2024-02-29 an uncorrected application lapses');
    expect(correctionWords('2024-02-28').zh).toBe('补正期限至2024-02-28（含当日），2024-02-29起未补正的申请不予备案');
  });

  it('Art. 7 the self-report and Art. 8 the change report: on or before the last day, late from the next', () => {
    expect(selfReportDueWords('2027-04-30')).toEqual({
      zh: '报送期限至2027-04-30（含当日），2027-05-01起逾期',
      en: 'to be filed on or before 2027-04-30; late from 2027-05-01',
    });
    expect(changeReportWords('2022-02-28')).toEqual({
      zh: '报告期限至2022-02-28（含当日），2022-03-01起逾期',
      en: 'to be reported on or before 2022-02-28; late from 2022-03-01',
    });
  });

  it('never says a period runs "before" or "until" its last day', () => {
    const all = [banWords, dueWords, correctionWords, selfReportDueWords, changeReportWords]
      .map((words) => words('2026-02-28'))
      .concat(noticeWords('2026-02-20', '2026-02-28'));
    for (const text of all) {
      expect(text.en).not.toMatch(/(?<!on or )\b(before|until) 2026-02-28/);
      expect(text.zh).not.toMatch(/2026-02-28前/);
    }
  });
});
