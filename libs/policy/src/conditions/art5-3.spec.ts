import type { CalendarDate } from '../calendar/calendar-date';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, someResidents, verdictOf } from '../testing/fixtures';
import { checkFilingConditions } from './check-filing-conditions';
import type { DeclaredFigures } from './declared-figures';

const SUBMITTED_ON: CalendarDate = '2021-06-15';

function residentsVerdict(figures: Partial<DeclaredFigures>, submittedOn: CalendarDate = SUBMITTED_ON) {
  return verdictOf(checkFilingConditions(aQualifyingApplication({ submittedOn, figures }), ANSHAN_2020), 'ART5_3_RESIDENTS');
}

describe('Art. 5(3) 提供不少于15个创业工位: at least 15 startup workstations', () => {
  const workstations = (startupWorkstations: number) =>
    verdictOf(checkFilingConditions(aQualifyingApplication({ figures: { startupWorkstations } }), ANSHAN_2020), 'ART5_3_WORKSTATIONS');

  it('is met with exactly 15', () => {
    expect(workstations(15)).toMatchObject({ article: 'Art. 5(3)', passed: true, found: 15, required: 15 });
  });

  it('is not met with 14', () => {
    expect(workstations(14)).toMatchObject({ passed: false, found: 14 });
  });
});

describe('Art. 5(3) 入驻创业团队和企业不低于10家: at least 10 residents', () => {
  it('is met with exactly 10', () => {
    expect(residentsVerdict({ residents: someResidents(10, '2020-06-15') })).toMatchObject({ passed: true, found: 10, required: 10 });
  });

  it('is not met with 9', () => {
    expect(residentsVerdict({ residents: someResidents(9, '2020-06-15') })).toMatchObject({ passed: false, found: 9 });
  });
});

describe('Art. 5(3) 入驻时间一般不超过36个月: residents over 36 months are flagged and not counted', () => {
  const tenWith = (movedInOn: CalendarDate, othersMovedInOn: CalendarDate = '2020-06-15') => [
    ...someResidents(9, othersMovedInOn),
    { name: 'Veteran', kind: 'COMPANY' as const, movedInOn, project: 'Robotics' },
  ];

  it('counts a resident in for exactly 36 months', () => {
    const verdict = residentsVerdict({ residents: tenWith('2018-06-15') });
    expect(verdict).toMatchObject({ passed: true, found: 10, flags: [] });
  });

  it('flags and leaves out a resident in for 36 months and 1 day', () => {
    const verdict = residentsVerdict({ residents: tenWith('2018-06-14') });
    expect(verdict).toMatchObject({ passed: false, found: 9 });
    expect(verdict.flags).toEqual([
      {
        code: 'RESIDENCY_OVER_LIMIT',
        subject: 'Veteran',
        message: {
          zh: 'Veteran于2018-06-14入驻,至2021-06-15已超过36个月,不计入',
          en: 'Veteran moved in on 2018-06-14, over 36 months before 2021-06-15: not counted',
        },
      },
    ]);
    expect(verdict.message.en).toContain('9 (of 10 declared)');
  });

  it('month end: moved in on 29 February 2016, still counted on 28 February 2019, not on 1 March', () => {
    const residents = tenWith('2016-02-29', '2018-06-15');
    expect(residentsVerdict({ residents }, '2019-02-28')).toMatchObject({ found: 10, passed: true });
    expect(residentsVerdict({ residents }, '2019-03-01')).toMatchObject({ found: 9, passed: false });
  });

  it('flags and leaves out a resident moving in after submission', () => {
    const verdict = residentsVerdict({ residents: tenWith('2021-06-16') });
    expect(verdict).toMatchObject({ found: 9, passed: false });
    expect(verdict.flags.map((flag) => flag.code)).toEqual(['MOVED_IN_AFTER_DATE']);
  });
});
