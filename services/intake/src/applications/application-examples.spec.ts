import { checkFilingConditions, RULESETS, selectRuleset, testing } from '@makerspace/policy';
import { ApplicationDraft } from './application.dto';
import { EXAMPLE_SUBMITTED_ON, FAILING_THREE_DRAFT, PASSING_DRAFT } from './application-examples';

const judge = (draft: typeof PASSING_DRAFT) =>
  checkFilingConditions(
    {
      ...testing.aQualifyingApplication({ submittedOn: EXAMPLE_SUBMITTED_ON }),
      venue: { divisionCode: draft.divisionCode },
      figures: ApplicationDraft.parse(draft).figures,
    },
    selectRuleset(RULESETS, EXAMPLE_SUBMITTED_ON),
  );

describe("the OpenAPI document's example applications (Art. 5)", () => {
  it('the passing example is a valid draft that meets every condition', () => {
    const report = judge(PASSING_DRAFT);
    expect(report.verdicts.filter((v) => !v.passed)).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('the failing example is a valid draft that fails exactly Art. 5(3), 5(5) and 5(6)', () => {
    const failed = judge(FAILING_THREE_DRAFT).verdicts.filter((v) => !v.passed);
    expect(failed.map((v) => v.article).sort()).toEqual(['Art. 5(3)', 'Art. 5(5)', 'Art. 5(6)']);
  });
});
