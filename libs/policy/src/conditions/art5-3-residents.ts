import { type Judgement, RuleWording, notFewerText, perRuleset } from './judgement';
import type { Verdict } from './verdict';

const workstationWording = perRuleset(
  ({ conditions }) =>
    new RuleWording(
      'ART5_3_WORKSTATIONS',
      'Art. 5(3)',
      { zh: '创业工位', en: 'Startup workstations' },
      notFewerText(String(conditions.minStartupWorkstations), { zh: '个', en: '' }),
    ),
);

/** Art. 5(3) 提供不少于15个创业工位. */
export function startupWorkstations({ declaration, ruleset }: Judgement): Verdict {
  const found = declaration.figures.startupWorkstations;
  const required = ruleset.conditions.minStartupWorkstations;
  return workstationWording.for(ruleset).verdict(found >= required, found, required, { zh: `${found}个`, en: String(found) });
}

const residentWording = perRuleset(
  ({ conditions }) =>
    new RuleWording(
      'ART5_3_RESIDENTS',
      'Art. 5(3)',
      {
        zh: `入驻创业团队和企业(入驻不超过${conditions.maxResidencyMonths}个月)`,
        en: `Resident teams and companies (resident no more than ${conditions.maxResidencyMonths} months)`,
      },
      notFewerText(String(conditions.minResidents), { zh: '家', en: '' }),
    ),
);

/**
 * Art. 5(3) 入驻创业团队和企业不低于10家, counting only residents within the residency limit
 * (入驻时间一般不超过36个月); the others appear as flags.
 */
export function residents({ residents: count, ruleset }: Judgement): Verdict {
  const required = ruleset.conditions.minResidents;
  return residentWording
    .for(ruleset)
    .verdict(
      count.eligible >= required,
      count.eligible,
      required,
      { zh: `${count.eligible}家(申报${count.declared}家)`, en: `${count.eligible} (of ${count.declared} declared)` },
      count.flags,
    );
}
