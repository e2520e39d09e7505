import fc from 'fast-check';
import type { CalendarDate } from '../calendar/calendar-date';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, aValidUscc } from '../testing/fixtures';
import { checkFilingConditions } from './check-filing-conditions';
import { DeclaredFigures, type FilingCheckInput } from './declared-figures';
import { CONDITION_COUNT } from './judge-conditions';

const aDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as CalendarDate);
const aName = fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta', 'Alpha');
const anArea = fc.oneof(fc.constantFrom(0, 375, 499.99, 500, 500.04), fc.double({ min: 0, max: 5000, noNaN: true }));

const anyFigures: fc.Arbitrary<DeclaredFigures> = fc.record({
  totalAreaM2: anArea,
  workstationAreaM2: anArea,
  publicServiceAreaM2: anArea,
  facilities: fc.record({ freeOrLowCostInternet: fc.boolean(), publicSoftware: fc.boolean(), sharedOfficeEquipment: fc.boolean() }),
  startupWorkstations: fc.nat(40),
  residents: fc.array(fc.record({ name: aName, kind: fc.constantFrom('TEAM' as const, 'COMPANY' as const), movedInOn: aDate, project: fc.constant('AI') }), {
    maxLength: 40,
  }),
  newCompaniesLast12Months: fc.array(fc.record({ name: aName, registeredOn: aDate }), { maxLength: 4 }),
  financingsLast12Months: fc.array(
    fc.record({ residentName: aName, amountYuan: fc.integer({ min: 1, max: 10_000_000 }), investor: fc.constant('Fund'), closedOn: aDate }),
    { maxLength: 3 },
  ),
  staff: fc.record({ total: fc.nat(30), professionalIncubation: fc.nat(30), property: fc.nat(10) }),
  mentors: fc.array(
    fc.record({
      name: aName,
      appointedBy: fc.constantFrom('PROVINCIAL_ST_DEPARTMENT' as const, 'INDUSTRY_ASSOCIATION' as const, 'INCUBATOR' as const, 'OTHER' as const),
    }),
    { maxLength: 5 },
  ),
  activities: fc.array(fc.record({ heldOn: aDate, kind: fc.constantFrom('SALON' as const, 'TRAINING' as const), title: aName, participants: fc.nat(200) }), {
    maxLength: 12,
  }),
});

const anyInput: fc.Arbitrary<FilingCheckInput> = fc.record({
  organisation: fc.record({
    uscc: fc.oneof(fc.constant(aValidUscc('210302')), fc.constant(aValidUscc('210100')), fc.string({ maxLength: 20 })),
    registeredOn: aDate,
    independentLegalPerson: fc.boolean(),
  }),
  venue: fc.record({ divisionCode: fc.constantFrom('210302', '210300-HTZ', '210100', '') }),
  figures: anyFigures,
  submittedOn: aDate,
});

describe('Art. 5 full check', () => {
  it('passes the qualifying application with every condition met, in the order of the Measures', () => {
    const report = checkFilingConditions(aQualifyingApplication(), ANSHAN_2020);
    expect(report).toMatchObject({
      rulesetId: 'anshan-2020-trial',
      rulesetVersion: 1,
      asOf: '2021-06-15',
      window: { from: '2020-06-15', to: '2021-06-15' },
      passed: true,
    });
    expect(report.verdicts.map((v) => [v.ruleId, v.article, v.passed])).toEqual([
      ['ART5_1_OPERATING_AGE', 'Art. 5(1)', true],
      ['ART5_1_REGISTERED_IN_CITY', 'Art. 5(1)', true],
      ['ART5_1_INDEPENDENT_LEGAL_PERSON', 'Art. 5(1)', true],
      ['ART5_2_AREA', 'Art. 5(2)', true],
      ['ART5_2_SERVICE_AREA_WITHIN_TOTAL', 'Art. 5(2)', true],
      ['ART5_2_SERVICE_AREA_SHARE', 'Art. 5(2)', true],
      ['ART5_2_INTERNET', 'Art. 5(2)', true],
      ['ART5_2_PUBLIC_SOFTWARE', 'Art. 5(2)', true],
      ['ART5_2_SHARED_OFFICE_EQUIPMENT', 'Art. 5(2)', true],
      ['ART5_3_WORKSTATIONS', 'Art. 5(3)', true],
      ['ART5_3_RESIDENTS', 'Art. 5(3)', true],
      ['ART5_4_NEW_COMPANIES_OR_FINANCING', 'Art. 5(4)', true],
      ['ART5_5_STAFF_WITHIN_TOTAL', 'Art. 5(5)', true],
      ['ART5_5_PROFESSIONAL_STAFF_SHARE', 'Art. 5(5)', true],
      ['ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', 'Art. 5(5)', true],
      ['ART5_5_MENTORS_PER_RESIDENTS', 'Art. 5(5)', true],
      ['ART5_6_ACTIVITIES', 'Art. 5(6)', true],
      ['ART6_1_VENUE_DIVISION', 'Art. 6(1)', true],
    ]);
  });

  it('does not stop at the first failure: every unmet condition is reported', () => {
    const input = aQualifyingApplication({
      organisation: { registeredOn: '2021-03-01', independentLegalPerson: false },
      figures: { totalAreaM2: 450, startupWorkstations: 10, mentors: [], activities: [] },
    });
    const report = checkFilingConditions(input, ANSHAN_2020);
    expect(report.passed).toBe(false);
    expect(report.verdicts).toHaveLength(CONDITION_COUNT);
    expect(report.verdicts.filter((v) => !v.passed).map((v) => v.ruleId)).toEqual([
      'ART5_1_OPERATING_AGE',
      'ART5_1_INDEPENDENT_LEGAL_PERSON',
      'ART5_2_AREA',
      'ART5_2_SERVICE_AREA_WITHIN_TOTAL',
      'ART5_3_WORKSTATIONS',
      'ART5_5_MENTORS_PER_RESIDENTS',
      'ART5_6_ACTIVITIES',
    ]);
  });

  it('returns the same number of verdicts whatever is declared, and passes only when all pass', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const report = checkFilingConditions(input, ANSHAN_2020);
        expect(report.verdicts).toHaveLength(CONDITION_COUNT);
        expect(report.passed).toBe(report.verdicts.every((v) => v.passed));
        for (const verdict of report.verdicts) {
          expect(verdict.message.zh.length).toBeGreaterThan(0);
          expect(verdict.message.en.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('the qualifying application passes on any submission date', () => {
    fc.assert(
      fc.property(aDate, (submittedOn) => {
        const input = aQualifyingApplication({ submittedOn });
        expect(DeclaredFigures.safeParse(input.figures).success).toBe(true);
        expect(checkFilingConditions(input, ANSHAN_2020).passed).toBe(true);
      }),
    );
  });
});
