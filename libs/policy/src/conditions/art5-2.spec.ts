import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { loadRuleset } from '../rulesets/load-ruleset';
import { aQualifyingApplication, verdictOf } from '../testing/fixtures';
import { checkFilingConditions } from './check-filing-conditions';
import type { DeclaredFigures } from './declared-figures';
import type { RuleId } from './verdict';

function judge(figures: Partial<DeclaredFigures>, ruleId: RuleId, ruleset = ANSHAN_2020) {
  return verdictOf(checkFilingConditions(aQualifyingApplication({ figures }), ruleset), ruleId);
}

const areas = (totalAreaM2: number, workstationAreaM2: number, publicServiceAreaM2: number) => ({
  totalAreaM2,
  workstationAreaM2,
  publicServiceAreaM2,
});

describe('Art. 5(2) 具有固定服务场地500平方米以上: a venue of at least 500 m²', () => {
  it('is met at exactly 500 m²', () => {
    expect(judge(areas(500, 300, 100), 'ART5_2_AREA')).toMatchObject({ article: 'Art. 5(2)', passed: true, found: 500, required: 500 });
  });

  it('is not met at 499.99 m²', () => {
    const verdict = judge(areas(499.99, 300, 100), 'ART5_2_AREA');
    expect(verdict).toMatchObject({ passed: false, found: 499.99 });
    expect(verdict.message).toEqual({
      zh: '固定服务场地面积:499.99平方米;要求500平方米以上——不符合。',
      en: 'Fixed service venue: 499.99 m²; required at least 500 m² — not met.',
    });
  });

  it('read exclusively (以上 as "more than"), 500 m² is not enough and 500.01 m² is', () => {
    const exclusive = loadRuleset({ ...ANSHAN_2020, interpretation: { inclusiveBounds: false } });
    expect(judge(areas(500, 300, 100), 'ART5_2_AREA', exclusive).passed).toBe(false);
    expect(judge(areas(500.01, 300, 100), 'ART5_2_AREA', exclusive).passed).toBe(true);
  });
});

describe('Art. 5(2) 创业工位和公共服务场地面积不低于总面积的75%', () => {
  it('is met at exactly 75 % (375 of 500 m²)', () => {
    expect(judge(areas(500, 300, 75), 'ART5_2_SERVICE_AREA_SHARE')).toMatchObject({ passed: true, found: 0.75, required: 0.75 });
  });

  it('is not met at 374.99 of 500 m²', () => {
    expect(judge(areas(500, 300, 74.99), 'ART5_2_SERVICE_AREA_SHARE').passed).toBe(false);
  });

  it('is met at exactly 75 % where floating-point division would say 74.999… % (375.03 of 500.04 m²)', () => {
    expect((300.02 + 75.01) / 500.04).toBeLessThan(0.75);
    expect(judge(areas(500.04, 300.02, 75.01), 'ART5_2_SERVICE_AREA_SHARE').passed).toBe(true);
  });

  it('is not met when the total area is 0', () => {
    expect(judge(areas(0, 0, 0), 'ART5_2_SERVICE_AREA_SHARE')).toMatchObject({ passed: false, found: 0 });
  });
});

describe('Art. 5(2) "其中": workstation and public service areas are part of the total', () => {
  it('is met when they add up to the total exactly', () => {
    expect(judge(areas(600, 400, 200), 'ART5_2_SERVICE_AREA_WITHIN_TOTAL')).toMatchObject({ passed: true, found: 600, required: 600 });
  });

  it('is not met when they exceed the total, though the share then looks high', () => {
    const figures = areas(600, 400, 200.01);
    expect(judge(figures, 'ART5_2_SERVICE_AREA_WITHIN_TOTAL').passed).toBe(false);
    expect(judge(figures, 'ART5_2_SERVICE_AREA_SHARE').passed).toBe(true);
  });
});

describe('Art. 5(2) 具备公共服务场地和设施: internet, public software, shared office equipment', () => {
  const all = { freeOrLowCostInternet: true, publicSoftware: true, sharedOfficeEquipment: true };

  it('is met with all three facilities', () => {
    for (const ruleId of ['ART5_2_INTERNET', 'ART5_2_PUBLIC_SOFTWARE', 'ART5_2_SHARED_OFFICE_EQUIPMENT'] as const) {
      expect(judge({ facilities: all }, ruleId).passed).toBe(true);
    }
  });

  it.each([
    ['freeOrLowCostInternet', 'ART5_2_INTERNET'],
    ['publicSoftware', 'ART5_2_PUBLIC_SOFTWARE'],
    ['sharedOfficeEquipment', 'ART5_2_SHARED_OFFICE_EQUIPMENT'],
  ] as const)('without %s, %s alone is not met', (facility, ruleId) => {
    const report = checkFilingConditions(aQualifyingApplication({ figures: { facilities: { ...all, [facility]: false } } }), ANSHAN_2020);
    expect(report.verdicts.filter((v) => !v.passed).map((v) => v.ruleId)).toEqual([ruleId]);
  });
});
