import { ANSHAN_2020 } from '../rulesets/anshan-2020';
import { aQualifyingApplication, verdictOf } from '../testing/fixtures';
import { checkFilingConditions } from './check-filing-conditions';
import type { Financing, NewCompany } from './declared-figures';

// Submitted 2021-06-15: "each year" is 2020-06-15 to 2021-06-15, both included.
function incubation(newCompaniesLast12Months: NewCompany[], financingsLast12Months: Financing[] = []) {
  const input = aQualifyingApplication({ submittedOn: '2021-06-15', figures: { newCompaniesLast12Months, financingsLast12Months } });
  return verdictOf(checkFilingConditions(input, ANSHAN_2020), 'ART5_4_NEW_COMPANIES_OR_FINANCING');
}

const company = (name: string, registeredOn: NewCompany['registeredOn']): NewCompany => ({ name, registeredOn });
const financing = (residentName: string, closedOn: Financing['closedOn']): Financing => ({
  residentName,
  amountYuan: 1_000_000,
  investor: 'Liaoning Venture Capital',
  closedOn,
});

describe('Art. 5(4) 每年注册成为新企业数不低于2家,或每年有不低于1家获得融资', () => {
  it('is met by 2 new companies without any financing', () => {
    expect(incubation([company('Alpha', '2021-01-10'), company('Beta', '2021-03-02')])).toMatchObject({
      article: 'Art. 5(4)',
      passed: true,
      found: { newCompanies: 2, financings: 0 },
      required: { newCompanies: 2, financings: 1 },
    });
  });

  it('is not met by 1 new company without financing', () => {
    expect(incubation([company('Alpha', '2021-01-10')])).toMatchObject({ passed: false, found: { newCompanies: 1, financings: 0 } });
  });

  it('is met by 1 financing without any new company', () => {
    expect(incubation([], [financing('Gamma', '2020-11-20')])).toMatchObject({ passed: true, found: { newCompanies: 0, financings: 1 } });
  });

  it('is not met by nothing at all', () => {
    expect(incubation([], []).passed).toBe(false);
  });

  it('counts an event exactly 12 months before submission (以内 includes the number)', () => {
    expect(incubation([], [financing('Gamma', '2020-06-15')]).passed).toBe(true);
  });

  it('does not count events before the 12 months or after submission, and flags them', () => {
    const verdict = incubation([company('Alpha', '2021-01-10'), company('Old', '2020-06-14')], [financing('Future', '2021-06-16')]);
    expect(verdict).toMatchObject({ passed: false, found: { newCompanies: 1, financings: 0 } });
    expect(verdict.flags.map((flag) => [flag.code, flag.subject])).toEqual([
      ['OUTSIDE_WINDOW', 'Old'],
      ['OUTSIDE_WINDOW', 'Future'],
    ]);
    expect(verdict.flags[0].message.en).toBe('Old (2020-06-14) is outside 2020-06-15 to 2021-06-15: not counted');
  });

  it('counts a company declared twice once', () => {
    expect(incubation([company('Alpha', '2021-01-10'), company('Alpha', '2021-01-10')])).toMatchObject({
      passed: false,
      found: { newCompanies: 1 },
    });
  });
});
