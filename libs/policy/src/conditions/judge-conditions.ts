import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import type { Ruleset } from '../rulesets/ruleset';
import { independentLegalPerson, operatingAge, registeredInCity } from './art5-1-organisation';
import { internet, publicSoftware, serviceAreaShare, serviceAreaWithinTotal, sharedOfficeEquipment, venueArea } from './art5-2-venue';
import { residents, startupWorkstations } from './art5-3-residents';
import { newCompaniesOrFinancing } from './art5-4-incubation';
import { mentorsPerResidents, professionalStaffPerResidents, professionalStaffShare, staffWithinTotal } from './art5-5-staff';
import { activities } from './art5-6-activities';
import { venueDivision } from './art6-1-venue-division';
import { readAreas } from './areas';
import type { SpaceDeclaration } from './declared-figures';
import { countEligibleResidents } from './eligible-residents';
import type { Judgement, Rule } from './judgement';
import type { Verdict } from './verdict';

/** The filing conditions in the order of the Measures; every one is judged every time. */
const RULES: readonly Rule[] = [
  operatingAge,
  registeredInCity,
  independentLegalPerson,
  venueArea,
  serviceAreaWithinTotal,
  serviceAreaShare,
  internet,
  publicSoftware,
  sharedOfficeEquipment,
  startupWorkstations,
  residents,
  newCompaniesOrFinancing,
  staffWithinTotal,
  professionalStaffShare,
  professionalStaffPerResidents,
  mentorsPerResidents,
  activities,
  venueDivision,
];

/** The number of verdicts every conditions check returns. */
export const CONDITION_COUNT = RULES.length;

/** Judges a declaration on a date: at filing, at a change, or at the end of an evaluated year. */
export function judgeConditions(declaration: SpaceDeclaration, asOf: CalendarDate, window: DateWindow, ruleset: Ruleset): Verdict[] {
  const judgement: Judgement = {
    declaration,
    asOf,
    window,
    ruleset,
    residents: countEligibleResidents(declaration.figures.residents, asOf, ruleset),
    areas: readAreas(declaration.figures),
  };
  const verdicts = new Array<Verdict>(RULES.length);
  for (let i = 0; i < RULES.length; i += 1) verdicts[i] = RULES[i](judgement);
  return verdicts;
}
