import { distinct, inWindow } from './in-window';
import { type Judgement, perRuleset, sentence, verdict } from './judgement';
import type { Flag, Verdict } from './verdict';

const incubationWords = perRuleset(({ conditions: { minNewCompanies, minFinancings } }) =>
  sentence(
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
  const flags: Flag[] = [];
  const newCompanies = distinct(inWindow(newCompaniesLast12Months, window, 'registeredOn', 'name', flags), 'name');
  const financings = distinct(inWindow(financingsLast12Months, window, 'closedOn', 'residentName', flags), 'residentName');
  return verdict(
    'ART5_4_NEW_COMPANIES_OR_FINANCING',
    'Art. 5(4)',
    newCompanies >= minNewCompanies || financings >= minFinancings,
    { newCompanies, financings },
    { newCompanies: minNewCompanies, financings: minFinancings },
    incubationWords(ruleset),
    {
      zh: `${window.from}至${window.to}期间注册新企业${newCompanies}家,获得融资${financings}家`,
      en: `${newCompanies} new companies and ${financings} financed from ${window.from} to ${window.to}`,
    },
    flags,
  );
}
