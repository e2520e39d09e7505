import type { Ruleset } from '../rulesets/ruleset';
import { formatPercent } from '../text/format';
import type { LocalizedText } from '../text/localized-text';
import { type Judgement, RuleWording, atLeastText, perRuleset, reaches } from './judgement';
import type { Flag, RuleId, Verdict } from './verdict';

/** Art. 5(5) 每15家 ... 至少配备1名: ceil(residents ÷ 15), never below the minimum (1). */
export function requiredPerResidents(residents: number, perResidents: number, minimum: number): number {
  return Math.max(minimum, Math.ceil(residents / perResidents));
}

const WITHIN_TOTAL = new RuleWording(
  'ART5_5_STAFF_WITHIN_TOTAL',
  'Art. 5(5)',
  { zh: '专业孵化服务人员与物业服务人员之和', en: 'Professional incubation staff plus property staff' },
  { zh: '不超过机构总人数', en: 'no more than the headcount' },
);

/** Art. 5(5) "不含物业服务人员": professional and property staff are separate parts of the headcount. */
export function staffWithinTotal({ declaration }: Judgement): Verdict {
  const { total, professionalIncubation, property } = declaration.figures.staff;
  const counted = professionalIncubation + property;
  return WITHIN_TOTAL.verdict(counted <= total, counted, total, {
    zh: `${professionalIncubation}+${property}=${counted}人(总人数${total}人)`,
    en: `${professionalIncubation} + ${property} = ${counted} (headcount ${total})`,
  });
}

const shareWording = perRuleset(
  ({ conditions, interpretation }) =>
    new RuleWording(
      'ART5_5_PROFESSIONAL_STAFF_SHARE',
      'Art. 5(5)',
      { zh: '专业孵化服务人员占机构总人数比例', en: 'Professional incubation staff as a share of the headcount' },
      atLeastText(String(conditions.minProfessionalStaffSharePercent), { zh: '%', en: '%' }, interpretation.inclusiveBounds),
    ),
);

/** Art. 5(5) 专业孵化服务人员占机构总人数60%以上 (property staff are never professional). */
export function professionalStaffShare({ declaration, ruleset }: Judgement): Verdict {
  const { total, professionalIncubation } = declaration.figures.staff;
  const percent = ruleset.conditions.minProfessionalStaffSharePercent;
  const share = total === 0 ? 0 : professionalIncubation / total;
  const passed = total > 0 && reaches(professionalIncubation * 100, percent * total, ruleset.interpretation.inclusiveBounds);
  const shareText = formatPercent(share);
  return shareWording.for(ruleset).verdict(passed, share, percent / 100, {
    zh: `${shareText}(${professionalIncubation}/${total}人)`,
    en: `${shareText} (${professionalIncubation} of ${total})`,
  });
}

function perResidentsWording(ruleId: RuleId, who: LocalizedText, perResidents: number, minimum: number): RuleWording {
  return new RuleWording(ruleId, 'Art. 5(5)', who, {
    zh: `每${perResidents}家入驻团队和企业至少1名,且不少于${minimum}名`,
    en: `1 for every ${perResidents} residents, and at least ${minimum}`,
  });
}

/**
 * The residents the per-15 minimums serve: every declared one, or only those Art. 5(3) counts (within
 * the residency limit), as the ruleset reads Art. 5(5).
 */
function residentsServed({ residents, ruleset }: Judgement): number {
  return ruleset.conditions.perResidentsCount === 'ALL_DECLARED' ? residents.declared : residents.eligible;
}

function perResidentsFinding(found: number, residents: number, required: number, ruleset: Ruleset): LocalizedText {
  return ruleset.conditions.perResidentsCount === 'ALL_DECLARED'
    ? { zh: `${found}名(按申报的${residents}家入驻团队和企业,应至少${required}名)`, en: `${found} (${residents} declared residents need at least ${required})` }
    : { zh: `${found}名(按${residents}家计入的入驻团队和企业,应至少${required}名)`, en: `${found} (${residents} counted residents need at least ${required})` };
}

const staffPerResidentsWording = perRuleset(({ conditions }) =>
  perResidentsWording(
    'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS',
    { zh: '专业孵化服务人员', en: 'Professional incubation staff' },
    conditions.residentsPerProfessionalStaff,
    conditions.minProfessionalStaff,
  ),
);

/** Art. 5(5) 每15家入驻创业团队和企业至少配备1名专业孵化服务人员 (residents as `residentsServed`). */
export function professionalStaffPerResidents(judgement: Judgement): Verdict {
  const { declaration, ruleset } = judgement;
  const { residentsPerProfessionalStaff, minProfessionalStaff } = ruleset.conditions;
  const found = declaration.figures.staff.professionalIncubation;
  const served = residentsServed(judgement);
  const required = requiredPerResidents(served, residentsPerProfessionalStaff, minProfessionalStaff);
  return staffPerResidentsWording.for(ruleset).verdict(found >= required, found, required, perResidentsFinding(found, served, required, ruleset));
}

const mentorsPerResidentsWording = perRuleset(({ conditions }) =>
  perResidentsWording('ART5_5_MENTORS_PER_RESIDENTS', { zh: '创业导师', en: 'Startup mentors' }, conditions.residentsPerMentor, conditions.minMentors),
);

/**
 * Art. 5(5) 每15家 ... 至少配备 ... 1名创业导师, counting mentors appointed by a body the article
 * names (省科技厅、行业协会或孵化器); the others appear as flags.
 */
export function mentorsPerResidents(judgement: Judgement): Verdict {
  const { declaration, ruleset } = judgement;
  const { residentsPerMentor, minMentors, recognisedMentorAppointers } = ruleset.conditions;
  let flags: Flag[] | undefined;
  let found = 0;
  for (const mentor of declaration.figures.mentors) {
    if (recognisedMentorAppointers.includes(mentor.appointedBy)) {
      found += 1;
    } else {
      (flags ??= []).push({
        code: 'MENTOR_NOT_RECOGNISED',
        subject: mentor.name,
        message: {
          zh: `创业导师${mentor.name}非由省科技厅、行业协会或孵化器聘任,不计入`,
          en: `Mentor ${mentor.name} is not appointed by the provincial S&T department, an industry association or the incubator: not counted`,
        },
      });
    }
  }
  const served = residentsServed(judgement);
  const required = requiredPerResidents(served, residentsPerMentor, minMentors);
  return mentorsPerResidentsWording.for(ruleset).verdict(found >= required, found, required, perResidentsFinding(found, served, required, ruleset), flags);
}
