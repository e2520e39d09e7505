import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { loadRuleset } from '../rulesets/load-ruleset';
import { aSelfReport, someActivities } from '../testing/fixtures';
import { gradeForScore, recommendedToProvince } from './grades';
import { revocationDue } from './revocation';
import { scoreEvaluation } from './score-evaluation';
import { evaluationCycleOpensOn, selfReportDueDate, selfReportReminderDates } from './self-report-deadline';

const FULL_MARKS = {
  figures: {
    activities: someActivities(20, '2021-12-20').map((activity) => ({ ...activity, participants: 40 })),
    newCompaniesLast12Months: [
      { name: 'A', registeredOn: '2021-02-01' as const },
      { name: 'B', registeredOn: '2021-03-01' as const },
      { name: 'C', registeredOn: '2021-04-01' as const },
      { name: 'D', registeredOn: '2021-05-01' as const },
    ],
    financingsLast12Months: [
      { residentName: 'A', amountYuan: 2_000_000, investor: 'Fund', closedOn: '2021-06-01' as const },
      { residentName: 'B', amountYuan: 1_000_000, investor: 'Fund', closedOn: '2021-07-01' as const },
    ],
    mentors: Array.from({ length: 5 }, (_, index) => ({ name: `Mentor ${index}`, appointedBy: 'INCUBATOR' as const })),
  },
};

describe('Art. 7 绩效评价: the yearly scorecard', () => {
  it('a space meeting every target scores 100, is graded A (优秀) and recommended to the province', () => {
    const result = scoreEvaluation(aSelfReport(FULL_MARKS), ANSHAN_2020);
    expect(result).toMatchObject({
      rulesetId: 'anshan-2020-trial',
      rulesetVersion: 1,
      reportFiled: true,
      score: 100,
      grade: 'A',
      gradeLabel: { zh: '优秀', en: 'Excellent' },
      unqualified: false,
      recommendedToProvince: true,
    });
    expect(result.conditions?.passed).toBe(true);
  });

  it('scores each indicator as its weight times the mean attainment of its measures', () => {
    const result = scoreEvaluation(aSelfReport(), ANSHAN_2020);
    expect(result.indicators.map((indicator) => [indicator.id, indicator.points])).toEqual([
      ['SERVICE_CAPACITY', 19],
      ['INCUBATION_RESULTS', 20],
      ['SUSTAINABILITY', 20],
      ['SOCIAL_CONTRIBUTION', 13.6],
    ]);
    expect(result.indicators[0].measures).toEqual([
      { measure: 'ACTIVITIES_HELD', value: 6, target: 12, attainment: 0.5 },
      { measure: 'MENTORS', value: 2, target: 5, attainment: 0.4 },
      { measure: 'WORKSTATION_OCCUPANCY', value: 0.8, target: 0.8, attainment: 1 },
    ]);
    expect(result).toMatchObject({ score: 72.6, grade: 'C', unqualified: false, recommendedToProvince: false });
    expect(result.reasons[0]).toEqual({
      article: 'Art. 7',
      message: {
        zh: '绩效评分72.6分,达到C(合格)60分档',
        en: 'Performance score 72.6 of 100, in the band of C (Qualified) from 60',
      },
    });
  });

  it.each([
    [100, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.99, 'C'],
    [60, 'C'],
    [59.99, 'D'],
    [0, 'D'],
  ])('a score of %d earns %s', (score, grade) => {
    expect(gradeForScore(score, ANSHAN_2020).code).toBe(grade);
  });

  it('counts only the evaluated calendar year: last December does not count', () => {
    const activities = [...someActivities(4, '2021-03-01'), { heldOn: '2020-12-31' as const, kind: 'SALON' as const, title: 'Old year', participants: 10 }];
    const result = scoreEvaluation(aSelfReport({ figures: { activities } }), ANSHAN_2020);
    expect(result.conditions?.window).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(result.indicators[0].measures[0].value).toBe(4);
    expect(result.conditions?.verdicts.find((v) => v.ruleId === 'ART5_6_ACTIVITIES')?.passed).toBe(false);
  });
});

describe('Art. 7 continuing conditions: a space below Art. 5 is unqualified whatever its score', () => {
  it('is graded D when its area has fallen to 450 m², with the Art. 5(2) verdict as reason', () => {
    const report = aSelfReport({ ...FULL_MARKS, figures: { ...FULL_MARKS.figures, totalAreaM2: 450, workstationAreaM2: 300, publicServiceAreaM2: 100 } });
    const result = scoreEvaluation(report, ANSHAN_2020);
    expect(result).toMatchObject({ score: 100, grade: 'D', unqualified: true, recommendedToProvince: false });
    expect(result.reasons.map((reason) => [reason.article, reason.ruleId])).toEqual([
      ['Art. 7', undefined],
      ['Art. 7', undefined],
      ['Art. 5(2)', 'ART5_2_AREA'],
    ]);
    expect(result.reasons[1].message.en).toBe('The filing conditions of Art. 5 are no longer all met: graded at most D (Unqualified)');
  });
});

describe('Art. 7 a missing performance report counts as unqualified', () => {
  it('is graded D with the reason', () => {
    expect(scoreEvaluation(null, ANSHAN_2020)).toEqual({
      rulesetId: 'anshan-2020-trial',
      rulesetVersion: 1,
      reportFiled: false,
      score: 0,
      grade: 'D',
      gradeLabel: { zh: '不合格', en: 'Unqualified' },
      unqualified: true,
      recommendedToProvince: false,
      conditions: null,
      indicators: [],
      reasons: [
        {
          article: 'Art. 7',
          message: { zh: '未按期提交绩效评价报告,评为D(不合格)', en: 'No performance report was filed: graded D (Unqualified)' },
        },
      ],
    });
  });
});

describe('Art. 7 对连续2年度不合格的取消其众创空间资格', () => {
  it('revokes after D in two consecutive years', () => {
    expect(revocationDue({ 2020: 'D', 2021: 'D' }, ANSHAN_2020)).toMatchObject({ due: true, article: 'Art. 7', unqualifiedYears: [2020, 2021] });
  });

  it('does not revoke after a single D', () => {
    expect(revocationDue({ 2020: 'C', 2021: 'D' }, ANSHAN_2020)).toMatchObject({ due: false, unqualifiedYears: [2021] });
  });

  it('does not revoke when a better year sits between two Ds', () => {
    expect(revocationDue({ 2019: 'D', 2020: 'C', 2021: 'D' }, ANSHAN_2020).due).toBe(false);
  });

  it('does not revoke across a year without evaluation', () => {
    expect(revocationDue({ 2019: 'D', 2021: 'D' }, ANSHAN_2020)).toMatchObject({ due: false, unqualifiedYears: [2021] });
  });

  it('looks at the run ending with the latest year: D, D, then A is no longer due', () => {
    expect(revocationDue({ 2019: 'D', 2020: 'D', 2021: 'A' }, ANSHAN_2020).due).toBe(false);
  });

  it('says why in both languages', () => {
    expect(revocationDue({ 2020: 'D', 2021: 'D' }, ANSHAN_2020).message).toEqual({
      zh: '2020、2021年度连续2年度不合格,应取消众创空间资格',
      en: 'Unqualified in 2 consecutive years (2020, 2021): the maker-space status is to be revoked',
    });
  });

  it('has nothing to revoke without evaluations', () => {
    expect(revocationDue({}, ANSHAN_2020)).toMatchObject({ due: false, unqualifiedYears: [] });
  });
});

describe('Art. 7 对运行高效、发展良好的众创空间,优先推荐申报省级众创空间', () => {
  it('recommends grade A only', () => {
    expect(['A', 'B', 'C', 'D'].map((grade) => recommendedToProvince(grade, ANSHAN_2020))).toEqual([true, false, false, false]);
  });
});

describe('Art. 7 yearly cycle', () => {
  it('opens in January and wants the report for the year before by 30 April', () => {
    expect(evaluationCycleOpensOn(2021, ANSHAN_2020)).toBe('2022-01-01');
    expect(selfReportDueDate(2021, ANSHAN_2020)).toBe('2022-04-30');
    expect(selfReportReminderDates(2021, ANSHAN_2020)).toEqual(['2022-03-31', '2022-04-23', '2022-04-29']);
  });
});

describe('Art. 7 the scale is ruleset data', () => {
  it('grades on a three-step scale when a ruleset says so', () => {
    const threeSteps = loadRuleset({
      ...ANSHAN_2020,
      evaluation: {
        ...ANSHAN_2020.evaluation,
        grades: [
          { code: 'E', label: { zh: '优秀', en: 'Excellent' }, minScore: 80 },
          { code: 'Q', label: { zh: '合格', en: 'Qualified' }, minScore: 50 },
          { code: 'U', label: { zh: '不合格', en: 'Unqualified' }, minScore: 0 },
        ],
        unqualifiedGrade: 'U',
        recommendedGrade: 'E',
        gradeWhenConditionsFail: 'U',
      },
    });
    expect(scoreEvaluation(aSelfReport(), threeSteps)).toMatchObject({ grade: 'Q', unqualified: false });
    expect(scoreEvaluation(null, threeSteps)).toMatchObject({ grade: 'U', unqualified: true });
    expect(revocationDue({ 2020: 'U', 2021: 'U' }, threeSteps).due).toBe(true);
  });
});
