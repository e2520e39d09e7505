import type { Financing, NewCompany } from './declared-figures';
import { type WindowFields, countInWindow } from './in-window';
import { type Judgement, RuleWording, perRuleset } from './judgement';
import type { Verdict } from './verdict';

const NEW_COMPANY_FIELDS: WindowFields<NewCompany> = { date: 'registeredOn', name: 'name', distinct: 'name' };
const FINANCING_FIELDS: WindowFields<Financing> = { date: 'closedOn', name: 'residentName', distinct: 'residentName' };

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
  const companies = countInWindow(newCompaniesLast12Months, window, NEW_COMPANY_FIELDS);
  const financed = countInWindow(financingsLast12Months, window, FINANCING_FIELDS);
  const newCompanies = companies.count;
  const financings = financed.count;
  return incubationWording.for(ruleset).verdict(
    newCompanies >= minNewCompanies || financings >= minFinancings,
    { newCompanies, financings },
    { newCompanies: minNewCompanies, financings: minFinancings },
    {
      zh: `${window.from}至${window.to}期间注册新企业${newCompanies}家,获得融资${financings}家`,
      en: `${newCompanies} new companies and ${financings} financed from ${window.from} to ${window.to}`,
    },
    financed.flags.length === 0 ? companies.flags : [...companies.flags, ...financed.flags],
  );
}
