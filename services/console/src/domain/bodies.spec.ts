import { changeOf, ChangeFormValues } from './change-body';
import { decisionBody } from './decision-body';

const blank = { reason: '', article: '', documentId: '', summary: '', experts: '', score: Number.NaN, findings: [] };

describe('the request bodies the staff and operator forms send', () => {
  it('a recommendation carries the written recommendation and no reasons when none are given (Art. 6(1))', () => {
    expect(decisionBody('RECOMMEND', { ...blank, documentId: ' 台科推〔2026〕12号 ', summary: '同意推荐' })).toEqual({
      outcome: 'RECOMMEND',
      reasons: [],
      recommendation: { documentId: '台科推〔2026〕12号', summary: '同意推荐' },
    });
  });

  it('a return carries its reason with the article', () => {
    expect(decisionBody('RETURN', { ...blank, reason: '补充租赁合同', article: 'Art. 5(2)' })).toEqual({
      outcome: 'RETURN',
      reasons: [{ text: '补充租赁合同', article: 'Art. 5(2)' }],
    });
  });

  it('a panel is the expert ids, separated by commas (either width) or spaces', () => {
    expect(decisionBody('ASSIGN_PANEL', { ...blank, experts: 'expert-1, expert-2，expert-3  expert-4' }).experts).toEqual([
      'expert-1',
      'expert-2',
      'expert-3',
      'expert-4',
    ]);
  });

  it('a score is sent only with SCORE', () => {
    expect(decisionBody('SCORE', { ...blank, score: 85 })).toEqual({ outcome: 'SCORE', reasons: [], score: 85 });
    expect(decisionBody('CONFLICT', { ...blank, score: 85, reason: '曾任该机构顾问' })).toEqual({ outcome: 'CONFLICT', reasons: [{ text: '曾任该机构顾问' }] });
  });

  it('an inspection carries its findings, figures as numbers where they read as numbers, empty rows left out', () => {
    const findings = [
      { figure: 'totalAreaM2', declared: '800', found: ' 805.5 ', note: '' },
      { figure: 'facilities', declared: '共享打印机', found: '无', note: '设备已撤走' },
      { figure: ' ', declared: '', found: '', note: '' },
    ];
    expect(decisionBody('PASS', { ...blank, findings }, 'on-site-inspection').findings).toEqual([
      { figure: 'totalAreaM2', declared: 800, found: 805.5 },
      { figure: 'facilities', declared: '共享打印机', found: '无', note: '设备已撤走' },
    ]);
    expect(decisionBody('PASS', { ...blank, findings }, 're-review')).not.toHaveProperty('findings');
  });

  const form: ChangeFormValues = {
    effectiveOn: '2026-09-01',
    name: '鞍山创客空间(新)',
    totalAreaM2: 450,
    workstationAreaM2: 250,
    publicServiceAreaM2: 100,
    divisionCode: '210303',
    uscc: '91210302MA0Y4Q2X5X',
    registeredOn: '2020-01-01',
    independentLegalPerson: true,
    documentId: '',
    documentTitle: '',
    note: '',
  };

  it('a change report carries only the new values of its kind (Art. 8)', () => {
    expect(changeOf('NAME', form)).toEqual({ kind: 'NAME', effectiveOn: '2026-09-01', name: '鞍山创客空间(新)' });
    expect(changeOf('AREA', form)).toEqual({
      kind: 'AREA',
      effectiveOn: '2026-09-01',
      areas: { totalAreaM2: 450, workstationAreaM2: 250, publicServiceAreaM2: 100 },
    });
    expect(changeOf('LOCATION', form)).toMatchObject({ venue: { divisionCode: '210303' } });
    expect(changeOf('OPERATING_ORGANISATION', form)).toEqual({
      kind: 'OPERATING_ORGANISATION',
      effectiveOn: '2026-09-01',
      organisation: { uscc: '91210302MA0Y4Q2X5X', registeredOn: '2020-01-01', independentLegalPerson: true },
    });
  });
});
