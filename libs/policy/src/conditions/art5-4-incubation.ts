import { OutsideWindow } from './outside-window';
import { type Judgement, RuleWording, perRuleset } from './judgement';
import type { Verdict } from './verdict';

const incubationWording = perRuleset(
  ({ conditions: { minNewCompanies, minFinancings } }) =>
    new RuleWording(
      'ART5_4_NEW_COMPANIES_OR_FINANCING',
      'Art. 5(4)',
      { zh: '入驻团队每年注册新企业或获得融资', en: 'Resident teams registered as new companies or financed each year' },
      {
        zh: `注册新企业不低于${minNewCompanies}家,或获得融资不低于${minFinancings}家`,
        en: `at least ${minNewCompanies} new companies or at least ${minFinancings} financed`,
      },
    ),
);

/**
 * Art. 5(4) 入驻创业团队每年注册成为新企业数不低于2家,或每年有不低于1家获得融资. Only events in
 * the window count, and each company or financed resident counts once however many rounds it has.
 */
export function newCompaniesOrFinancing({ declaration, window, ruleset }: Judgement): Verdict {
  const { newCompaniesLast12Months, financingsLast12Months } = declaration.figures;
  const { minNewCompanies, minFinancings } = ruleset.conditions;
  let outside: OutsideWindow | undefined;
  const companies = new Set<string>();
  for (const company of newCompaniesLast12Months) {
    if (company.registeredOn >= window.from && company.registeredOn <= window.to) companies.add(company.name);
    else (outside ??= new OutsideWindow(window)).flag(company.name, company.registeredOn);
  }
  const financed = new Set<string>();
  for (const financing of financingsLast12Months) {
    if (financing.closedOn >= window.from && financing.closedOn <= window.to) financed.add(financing.residentName);
    else (outside ??= new OutsideWindow(window)).flag(financing.residentName, financing.closedOn);
  }
  const newCompanies = companies.size;
  const financings = financed.size;
  return incubationWording.for(ruleset).verdict(
    newCompanies >= minNewCompanies || financings >= minFinancings,
    { newCompanies, financings },
    { newCompanies: minNewCompanies, financings: minFinancings },
    {
      zh: `${window.from}至${window.to}期间注册新企业${newCompanies}家,获得融资${financings}家`,
      en: `${newCompanies} new companies and ${financings} financed from ${window.from} to ${window.to}`,
    },
    outside?.flags,
  );
}
