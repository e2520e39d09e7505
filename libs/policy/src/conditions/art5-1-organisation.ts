import { addCalendarMonths, fullCalendarMonthsBetween } from '../calendar/months';
import { validateUscc } from '../identity/uscc';
import { type Judgement, atLeastText, verdict } from './judgement';
import type { Verdict } from './verdict';

const MONTHS = { zh: '个月', en: ' months' };

/** Art. 5(1) 机构实际注册并运营半年以上: registration at least 6 calendar months before the date judged. */
export function operatingAge({ declaration, asOf, ruleset }: Judgement): Verdict {
  const { registeredOn } = declaration.organisation;
  const required = ruleset.conditions.minOperatingMonths;
  const inclusive = ruleset.interpretation.inclusiveBounds;
  const reachedOn = addCalendarMonths(registeredOn, required);
  const passed = inclusive ? reachedOn <= asOf : reachedOn < asOf;
  const months = fullCalendarMonthsBetween(registeredOn, asOf);
  const requiredText = atLeastText(String(required), MONTHS, inclusive);
  return verdict('ART5_1_OPERATING_AGE', 'Art. 5(1)', passed, months, required, {
    subject: { zh: `运营时间(${registeredOn}注册)`, en: `Operating since registration on ${registeredOn}` },
    found: { zh: `至${asOf}满${months}个月`, en: `${months} full months on ${asOf}` },
    required: {
      zh: `${requiredText.zh}(${reachedOn}满${required}个月)`,
      en: `${requiredText.en} (${required} months reached on ${reachedOn})`,
    },
  });
}

/**
 * Art. 5(1) 在鞍山市境内注册: characters 3-8 of the unified social credit code name the registering
 * authority's division. A valid code with the city's prefix is evidence; staff check the licence.
 */
export function registeredInCity({ declaration, ruleset }: Judgement): Verdict {
  const { uscc } = declaration.organisation;
  const { registrationDivisionPrefix: prefix, name: city } = ruleset.jurisdiction;
  const subject = {
    zh: `在${city.zh}境内注册(依据统一社会信用代码第3至8位,以营业执照为准)`,
    en: `Registered in ${city.en} (evidence: USCC characters 3-8; the business licence decides)`,
  };
  const required = { zh: `${prefix}开头的区划代码`, en: `a division code starting ${prefix}` };
  const result = validateUscc(uscc, prefix);
  if (!result.valid) {
    return verdict('ART5_1_REGISTERED_IN_CITY', 'Art. 5(1)', false, uscc, prefix, {
      subject,
      found: { zh: `统一社会信用代码${uscc}无效(${result.reason.zh})`, en: `USCC ${uscc} is invalid (${result.reason.en})` },
      required,
    });
  }
  return verdict('ART5_1_REGISTERED_IN_CITY', 'Art. 5(1)', result.registeredInCity, result.divisionCode, prefix, {
    subject,
    found: { zh: `区划代码${result.divisionCode}`, en: `division code ${result.divisionCode}` },
    required,
  });
}

/** Art. 5(1) 具有独立法人资格. */
export function independentLegalPerson({ declaration }: Judgement): Verdict {
  const found = declaration.organisation.independentLegalPerson;
  return verdict('ART5_1_INDEPENDENT_LEGAL_PERSON', 'Art. 5(1)', found, found, true, {
    subject: { zh: '运营管理机构具有独立法人资格', en: 'The operating organisation is an independent legal person' },
    found: found ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' },
    required: { zh: '是', en: 'yes' },
  });
}
