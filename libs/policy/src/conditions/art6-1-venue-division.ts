import { routeToDistrict } from '../identity/jurisdiction';
import { type Judgement, RuleWording, perRuleset } from './judgement';
import type { Verdict } from './verdict';

const venueWording = perRuleset(
  ({ jurisdiction: { name } }) =>
    new RuleWording(
      'ART6_1_VENUE_DIVISION',
      'Art. 6(1)',
      { zh: '场地所在县(市)区、开发区', en: 'County, district or development zone of the venue' },
      { zh: `${name.zh}所辖县(市)区或开发区`, en: `a county, district or development zone of ${name.en}` },
    ),
);

/**
 * Art. 2 (a space 在我市范围内) and Art. 6(1): the venue lies in a county, district or development
 * zone of the city, whose S&T department will do the preliminary review.
 */
export function venueDivision({ declaration, ruleset }: Judgement): Verdict {
  const { divisionCode } = declaration.venue;
  const division = routeToDistrict(divisionCode, ruleset);
  return venueWording
    .for(ruleset)
    .verdict(
      division !== undefined,
      divisionCode,
      ruleset.jurisdiction.cityCode,
      division
        ? { zh: `${division.name.zh}(${divisionCode})`, en: `${division.name.en} (${divisionCode})` }
        : { zh: `区划代码${divisionCode}`, en: `division ${divisionCode}` },
    );
}
