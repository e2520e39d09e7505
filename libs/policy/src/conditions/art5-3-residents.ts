import { type Judgement, notFewerText, verdict } from './judgement';
import type { Verdict } from './verdict';

/** Art. 5(3) 提供不少于15个创业工位. */
export function startupWorkstations({ declaration, ruleset }: Judgement): Verdict {
  const found = declaration.figures.startupWorkstations;
  const required = ruleset.conditions.minStartupWorkstations;
  return verdict('ART5_3_WORKSTATIONS', 'Art. 5(3)', found >= required, found, required, {
    subject: { zh: '创业工位', en: 'Startup workstations' },
    found: { zh: `${found}个`, en: `${found}` },
    required: notFewerText(String(required), { zh: '个', en: '' }),
  });
}

/**
 * Art. 5(3) 入驻创业团队和企业不低于10家, counting only residents within the residency limit
 * (入驻时间一般不超过36个月); the others appear as flags.
 */
export function residents({ residents: count, ruleset }: Judgement): Verdict {
  const required = ruleset.conditions.minResidents;
  const limit = ruleset.conditions.maxResidencyMonths;
  return verdict(
    'ART5_3_RESIDENTS',
    'Art. 5(3)',
    count.eligible >= required,
    count.eligible,
    required,
    {
      subject: {
        zh: `入驻创业团队和企业(入驻不超过${limit}个月)`,
        en: `Resident teams and companies (resident no more than ${limit} months)`,
      },
      found: {
        zh: `${count.eligible}家(申报${count.declared}家)`,
        en: `${count.eligible} (of ${count.declared} declared)`,
      },
      required: notFewerText(String(required), { zh: '家', en: '' }),
    },
    count.flags,
  );
}
