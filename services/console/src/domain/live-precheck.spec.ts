import { testing } from '@makerspace/policy';
import { emptyFigures, typedDate } from './figures';
import { livePrecheck } from './live-precheck';

describe('the live pre-check (Art. 5, judged in the browser)', () => {
  const today = '2026-11-27';
  const application = testing.aQualifyingApplication({ submittedOn: today });

  it('passes a declaration that meets every condition, each verdict with its article', () => {
    const check = livePrecheck(application.organisation, '210302', application.figures, today);
    if (check.kind !== 'judged') throw new Error('expected a judgement');
    expect(check.report.passed).toBe(true);
    expect(check.report.verdicts.map((v) => v.article)).toEqual(
      expect.arrayContaining(['Art. 5(1)', 'Art. 5(2)', 'Art. 5(3)', 'Art. 5(4)', 'Art. 5(5)', 'Art. 5(6)']),
    );
  });

  it('fails Art. 5(2) for a venue under 500 m², with the figure found and the figure required', () => {
    const check = livePrecheck(application.organisation, '210302', { ...application.figures, totalAreaM2: 450 }, today);
    if (check.kind !== 'judged') throw new Error('expected a judgement');
    const area = check.report.verdicts.find((v) => v.ruleId === 'ART5_2_AREA');
    expect(area).toMatchObject({ passed: false, found: 450, required: 500, article: 'Art. 5(2)' });
  });

  it('waits for the figures that are not filled in yet, naming them', () => {
    const figures = { ...emptyFigures(), residents: [{ name: '', kind: 'TEAM' as const, movedInOn: typedDate(''), project: 'x' }] };
    const check = livePrecheck(application.organisation, '210302', figures, today);
    expect(check).toEqual({ kind: 'incomplete', missing: ['residents.0.name', 'residents.0.movedInOn'] });
  });
});
