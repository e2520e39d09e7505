import type { CalendarDate } from '../calendar/calendar-date';
import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { loadRuleset } from '../rulesets/load-ruleset';
import { aQualifyingApplication, aValidUscc, verdictOf } from '../testing/fixtures';
import { checkFilingConditions } from './check-filing-conditions';

const exclusiveBounds = loadRuleset({ ...ANSHAN_2020, interpretation: { inclusiveBounds: false } });

function operatingAge(registeredOn: CalendarDate, submittedOn: CalendarDate, ruleset = ANSHAN_2020) {
  const input = aQualifyingApplication({ submittedOn, organisation: { registeredOn } });
  return verdictOf(checkFilingConditions(input, ruleset), 'ART5_1_OPERATING_AGE');
}

function registration(uscc: string) {
  return verdictOf(checkFilingConditions(aQualifyingApplication({ organisation: { uscc } }), ANSHAN_2020), 'ART5_1_REGISTERED_IN_CITY');
}

describe('Art. 5(1) 机构实际注册并运营半年以上: operating at least 6 calendar months', () => {
  it('is met when registered exactly 6 calendar months before submission', () => {
    const verdict = operatingAge('2020-12-15', '2021-06-15');
    expect(verdict).toMatchObject({ article: 'Art. 5(1)', passed: true, found: 6, required: 6 });
  });

  it('is not met one day short of 6 months', () => {
    expect(operatingAge('2020-12-16', '2021-06-15')).toMatchObject({ passed: false, found: 5, required: 6 });
  });

  it('month end: registered 31 August 2020, 6 months are reached on 28 February 2021', () => {
    expect(operatingAge('2020-08-31', '2021-02-28').passed).toBe(true);
    expect(operatingAge('2020-08-31', '2021-02-27').passed).toBe(false);
  });

  it('month end in a leap year: registered 31 August 2023, reached on 29 February 2024, not on the 28th', () => {
    expect(operatingAge('2023-08-31', '2024-02-29').passed).toBe(true);
    expect(operatingAge('2023-08-31', '2024-02-28').passed).toBe(false);
  });

  it('registered on 29 February 2020, reached on 29 August 2020', () => {
    expect(operatingAge('2020-02-29', '2020-08-29').passed).toBe(true);
    expect(operatingAge('2020-02-29', '2020-08-28').passed).toBe(false);
  });

  it('says when the 6 months were reached', () => {
    const { message } = operatingAge('2020-08-31', '2021-02-27');
    expect(message.zh).toBe('机构实际注册并运营时间:2020-08-31注册,至2021-02-27满5个月(2021-02-28满6个月);要求6个月以上——不符合。');
    expect(message.en).toBe(
      'Time registered and operating: registered on 2020-08-31, 5 full months on 2021-02-27 (6 months reached on 2021-02-28); required at least 6 months — not met.',
    );
  });

  it('read exclusively (半年以上 as "more than"), exactly 6 months is not enough', () => {
    expect(operatingAge('2020-12-15', '2021-06-15', exclusiveBounds).passed).toBe(false);
    expect(operatingAge('2020-12-15', '2021-06-16', exclusiveBounds).passed).toBe(true);
  });
});

describe('Art. 5(1) 在鞍山市境内注册: registered in Anshan, by the USCC as evidence', () => {
  it('is met by a valid code with a division of Anshan (2103xx), reported as evidence', () => {
    const verdict = registration(aValidUscc('210303'));
    expect(verdict).toMatchObject({ passed: true, found: '210303', required: '2103' });
    expect(verdict.message.en).toContain('evidence');
    expect(verdict.message.zh).toContain('以营业执照为准');
  });

  it('is not met by a valid code registered in Shenyang (210100)', () => {
    expect(registration(aValidUscc('210100'))).toMatchObject({ passed: false, found: '210100' });
  });

  it('is not met by a code that fails its checksum, with the reason', () => {
    const code = aValidUscc('210302');
    const wrong = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
    const verdict = registration(wrong);
    expect(verdict).toMatchObject({ passed: false, found: wrong });
    expect(verdict.message.en).toContain('Checksum mismatch');
  });
});

describe('Art. 5(1) 具有独立法人资格: an independent legal person', () => {
  it('is met by an independent legal person and not otherwise', () => {
    const check = (independentLegalPerson: boolean) =>
      verdictOf(checkFilingConditions(aQualifyingApplication({ organisation: { independentLegalPerson } }), ANSHAN_2020), 'ART5_1_INDEPENDENT_LEGAL_PERSON');
    expect(check(true)).toMatchObject({ passed: true, found: true, required: true });
    expect(check(false)).toMatchObject({ passed: false, found: false });
  });
});
