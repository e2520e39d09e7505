import type { Division, Ruleset } from '../rulesets/ruleset';

/**
 * Art. 6(1)-(2): the S&T department of the venue's county, district or development zone does the
 * preliminary review. Undefined when the code is not one of the ruleset's divisions.
 */
export function routeToDistrict(divisionCode: string, ruleset: Ruleset): Division | undefined {
  for (const division of ruleset.jurisdiction.divisions) {
    if (division.code === divisionCode) return division;
  }
  return undefined;
}
