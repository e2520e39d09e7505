import { fullCalendarMonthsBetween } from '../calendar/months';
import { periodEndsOn } from '../calendar/period';
import { validateUscc } from '../identity/uscc';
import { type Judgement, NO, RuleWording, YES, atLeastText, perRuleset } from './judgement';
import type { Verdict } from './verdict';

const operatingAgeWording = perRuleset(
  ({ conditions, interpretation }) =>
    new RuleWording(
      'ART5_1_OPERATING_AGE',
      'Art. 5(1)',
      { zh: '机构实际注册并运营时间', en: 'Time registered and operating' },
      atLeastText(String(conditions.minOperatingMonths), { zh: '个月', en: ' months' }, interpretation.inclusiveBounds),
    ),
);

/** Art. 5(1) 机构实际注册并运营半年以上: registration at least 6 calendar months before the date judged. */
export function operatingAge({ declaration, asOf, ruleset }: Judgement): Verdict {
  const { registeredOn } = declaration.organisation;
  const required = ruleset.conditions.minOperatingMonths;
  const reachedOn = periodEndsOn(registeredOn, { months: required });
  const passed = ruleset.interpretation.inclusiveBounds ? reachedOn <= asOf : reachedOn < asOf;
  const months = fullCalendarMonthsBetween(registeredOn, asOf);
  return operatingAgeWording.for(ruleset).verdict(passed, months, required, {
    zh: `${registeredOn}注册,至${asOf}满${months}个月(${reachedOn}满${required}个月)`,
    en: `registered on ${registeredOn}, ${months} full months on ${asOf} (${required} months reached on ${reachedOn})`,
  });
}

const registeredInCityWording = perRuleset(
  ({ jurisdiction: { name, registrationDivisionPrefix: prefix } }) =>
    new RuleWording(
      'ART5_1_REGISTERED_IN_CITY',
      'Art. 5(1)',
      {
        zh: `在${name.zh}境内注册(依据统一社会信用代码第3至8位,以营业执照为准)`,
        en: `Registered in ${name.en} (evidence: USCC characters 3-8; the business licence decides)`,
      },
      { zh: `${prefix}开头的区划代码`, en: `a division code starting ${prefix}` },
    ),
);

/**
 * Art. 5(1) 在鞍山市境内注册: characters 3-8 of the unified social credit code name the registering
 * authority's division. A valid code with the city's prefix is evidence; staff check the licence.
 */
export function registeredInCity({ declaration, ruleset }: Judgement): Verdict {
  const { uscc } = declaration.organisation;
  const prefix = ruleset.jurisdiction.registrationDivisionPrefix;
  const wording = registeredInCityWording.for(ruleset);
  const result = validateUscc(uscc, prefix);
  if (!result.valid) {
    return wording.verdict(false, uscc, prefix, {
      zh: `统一社会信用代码${uscc}无效(${result.reason.zh})`,
      en: `USCC ${uscc} is invalid (${result.reason.en})`,
    });
  }
  return wording.verdict(result.registeredInCity, result.divisionCode, prefix, {
    zh: `区划代码${result.divisionCode}`,
    en: `division code ${result.divisionCode}`,
  });
}

const INDEPENDENT_LEGAL_PERSON = new RuleWording(
  'ART5_1_INDEPENDENT_LEGAL_PERSON',
  'Art. 5(1)',
  { zh: '运营管理机构具有独立法人资格', en: 'The operating organisation is an independent legal person' },
  YES,
);

/** Art. 5(1) 具有独立法人资格. */
export function independentLegalPerson({ declaration }: Judgement): Verdict {
  const found = declaration.organisation.independentLegalPerson;
  return INDEPENDENT_LEGAL_PERSON.verdict(found, found, true, found ? YES : NO);
}
