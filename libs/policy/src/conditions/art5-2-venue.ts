import { formatNumber, formatPercent } from '../text/format';
import type { LocalizedText } from '../text/localized-text';
import { centi } from './areas';
import type { DeclaredFigures } from './declared-figures';
import { type Judgement, RuleWording, atLeastText, perRuleset, reaches } from './judgement';
import type { RuleId, Verdict } from './verdict';

const venueAreaWording = perRuleset(
  ({ conditions, interpretation }) =>
    new RuleWording(
      'ART5_2_AREA',
      'Art. 5(2)',
      { zh: '固定服务场地面积', en: 'Fixed service venue' },
      atLeastText(formatNumber(conditions.minTotalAreaM2), { zh: '平方米', en: ' m²' }, interpretation.inclusiveBounds),
    ),
);

/** Art. 5(2) 具有固定服务场地500平方米以上. */
export function venueArea({ declaration, areas, ruleset }: Judgement): Verdict {
  const required = ruleset.conditions.minTotalAreaM2;
  const passed = reaches(areas.totalCenti, centi(required), ruleset.interpretation.inclusiveBounds);
  return venueAreaWording.for(ruleset).verdict(passed, declaration.figures.totalAreaM2, required, {
    zh: `${areas.totalText}平方米`,
    en: `${areas.totalText} m²`,
  });
}

const WITHIN_TOTAL = new RuleWording(
  'ART5_2_SERVICE_AREA_WITHIN_TOTAL',
  'Art. 5(2)',
  { zh: '创业工位和公共服务场地面积之和', en: 'Workstation plus public service area' },
  { zh: '不超过总面积', en: 'no more than the total area' },
);

/** Art. 5(2) "of which": workstation and public service areas are parts of the total, not more. */
export function serviceAreaWithinTotal({ declaration, areas }: Judgement): Verdict {
  const { serviceCenti, totalCenti, serviceText, totalText } = areas;
  return WITHIN_TOTAL.verdict(serviceCenti <= totalCenti, serviceCenti / 100, declaration.figures.totalAreaM2, {
    zh: `${serviceText}平方米(总面积${totalText}平方米)`,
    en: `${serviceText} m² (total area ${totalText} m²)`,
  });
}

const serviceAreaShareWording = perRuleset(
  ({ conditions: { minServiceAreaSharePercent: percent } }) =>
    new RuleWording(
      'ART5_2_SERVICE_AREA_SHARE',
      'Art. 5(2)',
      { zh: '创业工位和公共服务场地面积占总面积比例', en: 'Workstation plus public service area as a share of the total' },
      { zh: `不低于${percent}%`, en: `at least ${percent}%` },
    ),
);

/** Art. 5(2) 提供创业工位和公共服务场地面积不低于众创空间总面积的75%. */
export function serviceAreaShare({ areas, ruleset }: Judgement): Verdict {
  const { serviceCenti, totalCenti, serviceText, totalText } = areas;
  const percent = ruleset.conditions.minServiceAreaSharePercent;
  const share = totalCenti === 0 ? 0 : serviceCenti / totalCenti;
  const passed = totalCenti > 0 && serviceCenti * 100 >= percent * totalCenti;
  const shareText = formatPercent(share);
  return serviceAreaShareWording.for(ruleset).verdict(passed, share, percent / 100, {
    zh: `${shareText}(${serviceText}/${totalText}平方米)`,
    en: `${shareText} (${serviceText} of ${totalText} m²)`,
  });
}

const PROVIDED: LocalizedText = { zh: '具备', en: 'provided' };
const NOT_PROVIDED: LocalizedText = { zh: '不具备', en: 'not provided' };

function facility(ruleId: RuleId, key: keyof DeclaredFigures['facilities'], subject: LocalizedText) {
  const wording = new RuleWording(ruleId, 'Art. 5(2)', subject, PROVIDED);
  return ({ declaration }: Judgement): Verdict => {
    const present = declaration.figures.facilities[key];
    return wording.verdict(present, present, true, present ? PROVIDED : NOT_PROVIDED);
  };
}

/** Art. 5(2) 免费或低成本的互联网接入. */
export const internet = facility('ART5_2_INTERNET', 'freeOrLowCostInternet', {
  zh: '免费或低成本的互联网接入',
  en: 'Free or low-cost internet access',
});

/** Art. 5(2) 公共软件. */
export const publicSoftware = facility('ART5_2_PUBLIC_SOFTWARE', 'publicSoftware', {
  zh: '公共软件',
  en: 'Public software',
});

/** Art. 5(2) 共享办公设施. */
export const sharedOfficeEquipment = facility('ART5_2_SHARED_OFFICE_EQUIPMENT', 'sharedOfficeEquipment', {
  zh: '共享办公设施',
  en: 'Shared office equipment',
});
