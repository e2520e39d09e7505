import type { Division, Ruleset } from '../rulesets/ruleset';
import type { LocalizedText } from '../text/localized-text';

export type DistrictRouting =
  | { readonly routed: true; readonly division: Division }
  | { readonly routed: false; readonly reason: LocalizedText };

/**
 * Art. 6(1)-(2): the department of the venue's county, district or development zone does the
 * preliminary review. The venue's division must be one of the ruleset's divisions.
 */
export function routeToDistrict(divisionCode: string, ruleset: Ruleset): DistrictRouting {
  const division = ruleset.jurisdiction.divisions.find((candidate) => candidate.code === divisionCode);
  if (division !== undefined) return { routed: true, division };
  const city = ruleset.jurisdiction.name;
  return {
    routed: false,
    reason: {
      zh: `场地所在区划代码${divisionCode}不属于${city.zh}的县(市)区或开发区`,
      en: `Division ${divisionCode} of the venue is not a county, district or development zone of ${city.en}`,
    },
  };
}
