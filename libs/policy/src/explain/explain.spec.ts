import { checkFilingConditions } from '../conditions/check-filing-conditions';
import { CONDITION_COUNT } from '../conditions/judge-conditions';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, someResidents } from '../testing/fixtures';
import { articleName } from '../text/article-name';
import { explain } from './explain';

const failing = checkFilingConditions(
  aQualifyingApplication({
    figures: {
      totalAreaM2: 499.99,
      workstationAreaM2: 300,
      publicServiceAreaM2: 100,
      residents: [...someResidents(9, '2020-06-15'), { name: 'Veteran', kind: 'COMPANY', movedInOn: '2018-06-14', project: 'Steel' }],
    },
  }),
  ANSHAN_2020,
);

describe('explanation of a conditions report', () => {
  it('tells an applicant in English what is not met, citing articles', () => {
    const explanation = explain(failing, 'en');
    expect(explanation.title).toBe('Maker-space filing conditions (ruleset anshan-2020-trial v1, judged on 2021-06-15)');
    expect(explanation.summary).toBe(`2 of ${CONDITION_COUNT} conditions are not met: Art. 5(2), Art. 5(3).`);
    expect(explanation.passed).toBe(false);
    expect(explanation.lines).toHaveLength(CONDITION_COUNT);
    expect(explanation.lines.find((line) => line.ruleId === 'ART5_2_AREA')).toEqual({
      ruleId: 'ART5_2_AREA',
      article: 'Art. 5(2)',
      passed: false,
      text: '✗ Art. 5(2) Fixed service venue: 499.99 m²; required at least 500 m² — not met.',
      notes: [],
    });
  });

  it('tells it in Chinese, naming articles as the Measures do', () => {
    const explanation = explain(failing, 'zh');
    expect(explanation.summary).toBe(`${CONDITION_COUNT}项条件中有2项不符合:第五条第（二）项、第五条第（三）项。`);
    expect(explanation.text).toContain('✗ 第五条第（二）项 固定服务场地面积:499.99平方米;要求500平方米以上——不符合。');
  });

  it('lists the items a rule did not count under its line', () => {
    const residents = explain(failing, 'en').lines.find((line) => line.ruleId === 'ART5_3_RESIDENTS');
    expect(residents?.notes).toEqual(['Veteran moved in on 2018-06-14, over 36 months before 2021-06-15: not counted']);
    expect(explain(failing, 'en').text).toContain('\n    · Veteran moved in on 2018-06-14, over 36 months before 2021-06-15: not counted');
  });

  it('says so when every condition is met', () => {
    const explanation = explain(checkFilingConditions(aQualifyingApplication(), ANSHAN_2020), 'zh');
    expect(explanation.summary).toBe(`全部${CONDITION_COUNT}项条件均符合。`);
    expect(explanation.lines.every((line) => line.text.startsWith('✓'))).toBe(true);
  });

  it('names articles in Chinese numerals', () => {
    expect(articleName('Art. 5(6)', 'zh')).toBe('第五条第（六）项');
    expect(articleName('Art. 12', 'zh')).toBe('第十二条');
    expect(articleName('Art. 9', 'en')).toBe('Art. 9');
  });
});
