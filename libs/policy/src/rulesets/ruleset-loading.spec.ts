import { ANSHAN_2020 } from './anshan-2020';
import { ANSHAN_2020_V2 } from './anshan-2020-v2';
import { loadRuleset } from './load-ruleset';
import { RulesetError } from './ruleset-error';

function issuesOf(data: unknown) {
  try {
    loadRuleset(data);
  } catch (error) {
    if (error instanceof RulesetError) return error.issues;
    throw error;
  }
  throw new Error('the ruleset loaded');
}

const copy = () => JSON.parse(JSON.stringify(ANSHAN_2020));

describe('the Anshan 2020 ruleset', () => {
  it('passes the ruleset schema and its cross-checks, which give it back unchanged', () => {
    expect(issuesOf.bind(null, copy())).toThrow('the ruleset loaded');
    expect(loadRuleset(copy())).toEqual(ANSHAN_2020);
  });

  it('and its version 2 pass them too, differing only in which residents Art. 5(5) counts', () => {
    expect(loadRuleset(JSON.parse(JSON.stringify(ANSHAN_2020_V2)))).toEqual(ANSHAN_2020_V2);
    expect({
      ...ANSHAN_2020_V2,
      version: 1,
      effectiveFrom: ANSHAN_2020.effectiveFrom,
      conditions: { ...ANSHAN_2020_V2.conditions, perResidentsCount: 'WITHIN_RESIDENCY_LIMIT' },
    }).toEqual(ANSHAN_2020);
  });

  it('holds the figures of Art. 5', () => {
    expect(ANSHAN_2020.conditions).toMatchObject({
      minOperatingMonths: 6,
      minTotalAreaM2: 500,
      minServiceAreaSharePercent: 75,
      minStartupWorkstations: 15,
      minResidents: 10,
      maxResidencyMonths: 36,
      lookBackMonths: 12,
      minNewCompanies: 2,
      minFinancings: 1,
      minProfessionalStaffSharePercent: 60,
      residentsPerProfessionalStaff: 15,
      residentsPerMentor: 15,
      minActivities: 5,
    });
  });

  it('holds the readings of the domain brief', () => {
    expect(ANSHAN_2020.interpretation.inclusiveBounds).toBe(true);
    expect(ANSHAN_2020.procedure.publicNoticeDays).toBe(7);
    expect(ANSHAN_2020.procedure.expertPanel).toEqual({ size: 3, maxScore: 100, passMeanScore: 60 });
    expect(ANSHAN_2020.change).toEqual({ reportWithinMonths: 3, reminderDaysBeforeDeadline: [30, 7, 1] });
    expect(ANSHAN_2020.fraud.banYears).toBe(2);
    expect(ANSHAN_2020.evaluation).toMatchObject({
      selfReportDue: { month: 4, day: 30 },
      unqualifiedGrade: 'D',
      recommendedGrade: 'A',
      consecutiveUnqualifiedYears: 2,
    });
    expect(ANSHAN_2020.evaluation.grades.map((grade) => `${grade.code} ${grade.label.zh}`)).toEqual(['A 优秀', 'B 良好', 'C 合格', 'D 不合格']);
  });

  it('lists the city, its seven counties and districts and the High-tech Zone', () => {
    expect(ANSHAN_2020.jurisdiction.cityCode).toBe('210300');
    expect(ANSHAN_2020.jurisdiction.divisions.map((division) => division.code)).toEqual([
      '210302',
      '210303',
      '210304',
      '210311',
      '210321',
      '210323',
      '210381',
      '210300-HTZ',
    ]);
  });

  it('is frozen, so no caller can change the default for everyone', () => {
    expect(Object.isFrozen(ANSHAN_2020.conditions)).toBe(true);
    expect(() => {
      (ANSHAN_2020.conditions as { minTotalAreaM2: number }).minTotalAreaM2 = 1;
    }).toThrow(TypeError);
  });

  it('survives a round trip through JSON', () => {
    expect(loadRuleset(copy())).toEqual(ANSHAN_2020);
  });
});

describe('loading a ruleset as data', () => {
  it('lists every issue with its path, not only the first', () => {
    const data = copy();
    data.version = 0;
    data.effectiveFrom = '2023-02-29';
    data.conditions.minTotalAreaM2 = -1;
    delete data.conditions.minActivities;
    data.evaluation.scorecard[0].measures[0].measure = 'HAPPINESS';
    data.procedure.stages.RE_REVIEW.assignee = 'MAYOR';
    data.unexpected = true;
    expect(issuesOf(data).map((issue) => issue.path)).toEqual([
      'version',
      'effectiveFrom',
      'conditions.minTotalAreaM2',
      'conditions.minActivities',
      'procedure.stages.RE_REVIEW.assignee',
      'evaluation.scorecard[0].measures[0].measure',
      '',
    ]);
  });

  it('checks the settings that depend on each other', () => {
    const data = copy();
    data.jurisdiction.registrationDivisionPrefix = '2101';
    data.jurisdiction.divisions[1].code = '210302';
    data.procedure.stages.RE_REVIEW.reminderDaysBeforeDue = [15];
    data.procedure.expertPanel.passMeanScore = 120;
    data.evaluation.selfReportDue = { month: 2, day: 29 };
    data.evaluation.grades[2].minScore = 90;
    data.evaluation.recommendedGrade = 'S';
    data.evaluation.scorecard[0].weight = 25;
    expect(issuesOf(data)).toEqual([
      { path: 'jurisdiction.registrationDivisionPrefix', message: 'must be a prefix of the city code 210300' },
      { path: 'jurisdiction.divisions[1].code', message: 'duplicate division code 210302' },
      {
        path: 'procedure.stages.RE_REVIEW.reminderDaysBeforeDue[0]',
        message: 'a reminder 15 days before the due date falls before the stage opens (due after 15 days)',
      },
      { path: 'procedure.expertPanel.passMeanScore', message: 'cannot exceed maxScore 100' },
      { path: 'evaluation.selfReportDue.day', message: 'month 2 has no day 29 in every year' },
      { path: 'evaluation.grades[2].minScore', message: 'must be lower than the minScore of the grade before' },
      { path: 'evaluation.recommendedGrade', message: 'not a grade of the scale (A, B, C, D)' },
      { path: 'evaluation.scorecard', message: 'weights add up to 95, not 100' },
    ]);
  });

  it('reports a malformed section without judging what depends on it', () => {
    const data = copy();
    data.jurisdiction = 'Anshan';
    data.evaluation.grades = null;
    data.procedure.stages.RE_REVIEW.dueDays = 'soon';
    expect(issuesOf(data).map((issue) => issue.path)).toEqual(['jurisdiction', 'procedure.stages.RE_REVIEW.dueDays', 'evaluation.grades']);
  });

  it('names the issues in its message', () => {
    const data = copy();
    data.conditions.minResidents = 'ten';
    expect(() => loadRuleset(data)).toThrow(/Invalid ruleset:\n {2}- conditions\.minResidents: /);
  });

  it('refuses something that is not a ruleset at all', () => {
    expect(issuesOf(null)).toEqual([{ path: '', message: expect.any(String) }]);
  });
});
