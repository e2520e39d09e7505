import * as policy from './index';

describe('the public API', () => {
  it('lets another project build a qualifying application and check it', () => {
    const input = policy.testing.aQualifyingApplication({ submittedOn: '2023-03-31' });
    const ruleset = policy.selectRuleset(policy.RULESETS, input.submittedOn);
    const report = policy.checkFilingConditions(policy.FilingCheckInput.parse(input), ruleset);
    expect(report).toMatchObject({ rulesetId: 'anshan-2020-trial', rulesetVersion: 1, passed: true });
    expect(report.verdicts).toHaveLength(policy.CONDITION_COUNT);
    expect(policy.testing.verdictOf(report, 'ART5_2_AREA').passed).toBe(true);
    expect(policy.explain(report, 'zh').passed).toBe(true);
  });

  it('lets another project build a self-report and score it', () => {
    const report = policy.SelfReport.parse(policy.testing.aSelfReport({ evaluatedYear: 2022 }));
    expect(policy.scoreEvaluation(report, policy.ANSHAN_2020)).toMatchObject({ grade: 'C', reportFiled: true });
  });

  it('validates declared figures at the boundary, listing every failing field', () => {
    const result = policy.DeclaredFigures.safeParse({
      ...policy.testing.qualifyingFigures(),
      totalAreaM2: -1,
      startupWorkstations: 1.5,
      residents: [{ name: '', kind: 'FAMILY', movedInOn: '2021-02-30', project: 'x' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'totalAreaM2',
      'startupWorkstations',
      'residents.0.name',
      'residents.0.kind',
      'residents.0.movedInOn',
    ]);
  });
});
