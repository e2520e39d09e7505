import type { LocalizedText } from '../text/localized-text';
import { formatNumber, formatPercent } from '../text/format';
import type { DeclaredFigures } from './declared-figures';
import { type Judgement, atLeastText, reaches, verdict } from './judgement';
import type { RuleId, Verdict } from './verdict';

const SQUARE_METRES = { zh: '平方米', en: ' m²' };

/** Areas are compared in whole hundredths of a square metre, so 0.1 + 0.2 never decides a case. */
function centi(squareMetres: number): number {
  return Math.round(squareMetres * 100);
}

function serviceArea(figures: DeclaredFigures): number {
  return (centi(figures.workstationAreaM2) + centi(figures.publicServiceAreaM2)) / 100;
}

/** Art. 5(2) 具有固定服务场地500平方米以上. */
export function venueArea({ declaration, ruleset }: Judgement): Verdict {
  const total = declaration.figures.totalAreaM2;
  const required = ruleset.conditions.minTotalAreaM2;
  const inclusive = ruleset.interpretation.inclusiveBounds;
  const passed = reaches(centi(total), centi(required), inclusive);
  const text = formatNumber(total);
  return verdict('ART5_2_AREA', 'Art. 5(2)', passed, total, required, {
    subject: { zh: '固定服务场地面积', en: 'Fixed service venue' },
    found: { zh: `${text}平方米`, en: `${text} m²` },
    required: atLeastText(formatNumber(required), SQUARE_METRES, inclusive),
  });
}

/** Art. 5(2) "of which": workstation and public service areas are parts of the total, not more. */
export function serviceAreaWithinTotal({ declaration }: Judgement): Verdict {
  const { figures } = declaration;
  const service = serviceArea(figures);
  const total = figures.totalAreaM2;
  const passed = centi(figures.workstationAreaM2) + centi(figures.publicServiceAreaM2) <= centi(total);
  return verdict('ART5_2_SERVICE_AREA_WITHIN_TOTAL', 'Art. 5(2)', passed, service, total, {
    subject: { zh: '创业工位和公共服务场地面积之和', en: 'Workstation plus public service area' },
    found: { zh: `${formatNumber(service)}平方米`, en: `${formatNumber(service)} m²` },
    required: {
      zh: `不超过总面积${formatNumber(total)}平方米`,
      en: `no more than the total area of ${formatNumber(total)} m²`,
    },
  });
}

/** Art. 5(2) 提供创业工位和公共服务场地面积不低于众创空间总面积的75%. */
export function serviceAreaShare({ declaration, ruleset }: Judgement): Verdict {
  const { figures } = declaration;
  const percent = ruleset.conditions.minServiceAreaSharePercent;
  const serviceCenti = centi(figures.workstationAreaM2) + centi(figures.publicServiceAreaM2);
  const totalCenti = centi(figures.totalAreaM2);
  const share = totalCenti === 0 ? 0 : serviceCenti / totalCenti;
  const passed = totalCenti > 0 && serviceCenti * 100 >= percent * totalCenti;
  return verdict('ART5_2_SERVICE_AREA_SHARE', 'Art. 5(2)', passed, share, percent / 100, {
    subject: { zh: '创业工位和公共服务场地面积占总面积比例', en: 'Workstation plus public service area as a share of the total' },
    found: {
      zh: `${formatPercent(share)}(${formatNumber(serviceCenti / 100)}/${formatNumber(totalCenti / 100)}平方米)`,
      en: `${formatPercent(share)} (${formatNumber(serviceCenti / 100)} of ${formatNumber(totalCenti / 100)} m²)`,
    },
    required: { zh: `不低于${percent}%`, en: `at least ${percent}%` },
  });
}

function facility(
  ruleId: RuleId,
  key: keyof DeclaredFigures['facilities'],
  subject: LocalizedText,
): (judgement: Judgement) => Verdict {
  return ({ declaration }) => {
    const present = declaration.figures.facilities[key];
    return verdict(ruleId, 'Art. 5(2)', present, present, true, {
      subject,
      found: present ? { zh: '具备', en: 'provided' } : { zh: '不具备', en: 'not provided' },
      required: { zh: '具备', en: 'provided' },
    });
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
