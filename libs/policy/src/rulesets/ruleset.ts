import { z } from 'zod';
import { CalendarDate } from '../calendar/calendar-date-schema';
import { ProcedureRole, REVIEW_STAGES, SUPERVISION_STAGES } from '../procedure/stages';
import { LocalizedText } from '../text/localized-text';
import { MEASURES } from '../evaluation/measures';
import { crossCheck } from './cross-check';

// A ruleset is data: the figures of the Measures and every reading the Measures leave open. Checks
// across fields sit on the smallest object they concern and run whenever the fields they read are
// valid, so loading reports every issue at once.

const positiveInt = z.int().positive();
const nonNegativeInt = z.int().nonnegative();
const percent = z.int().min(1).max(100);

export const Division = z.strictObject({
  /** GB/T 2260 code; a development zone without one uses the city code and a suffix ('210300-HTZ'). */
  code: z.string().regex(/^\d{6}(-[A-Z0-9]+)?$/, 'expected a 6-digit division code, optionally with a suffix'),
  kind: z.enum(['DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY', 'COUNTY_LEVEL_CITY', 'DEVELOPMENT_ZONE']),
  name: LocalizedText,
});
export type Division = z.infer<typeof Division>;

const Jurisdiction = z
  .strictObject({
    cityCode: z.string().regex(/^\d{6}$/, 'expected a 6-digit division code'),
    name: LocalizedText,
    /** USCC characters 3-8 starting with this are evidence of registration in the city (Art. 5(1)). */
    registrationDivisionPrefix: z.string().regex(/^\d{2,6}$/, 'expected 2 to 6 digits'),
    /** The departments that do the preliminary review (Art. 6(1)-(2)), one per division. */
    divisions: z.array(Division).min(1),
  })
  .check(
    crossCheck(['cityCode', 'registrationDivisionPrefix'], ({ cityCode, registrationDivisionPrefix }, issue) => {
      if (!cityCode.startsWith(registrationDivisionPrefix)) {
        issue(['registrationDivisionPrefix'], registrationDivisionPrefix, `must be a prefix of the city code ${cityCode}`);
      }
    }),
    crossCheck(['divisions'], ({ divisions }, issue) => {
      divisions.forEach((division, index) => {
        if (divisions.findIndex((other) => other.code === division.code) !== index) {
          issue(['divisions', index, 'code'], division.code, `duplicate division code ${division.code}`);
        }
      });
    }),
  );

/** Art. 5 figures, with the readings of domain.md where the text is silent. */
const Conditions = z.strictObject({
  /** Art. 5(1) 半年以上: calendar months from registration to submission. */
  minOperatingMonths: positiveInt,
  /** Art. 5(2) 500平方米以上. */
  minTotalAreaM2: z.number().positive(),
  /** Art. 5(2) workstation + public service area as a share of the total, in whole percent. */
  minServiceAreaSharePercent: percent,
  /** Art. 5(3) 不少于15个创业工位. */
  minStartupWorkstations: positiveInt,
  /** Art. 5(3) 不低于10家, counting only residents within the residency limit. */
  minResidents: positiveInt,
  /** Art. 5(3) 一般不超过36个月: longer residents are flagged and not counted. */
  maxResidencyMonths: positiveInt,
  /** Art. 5(4), 5(6) "each year" for a new applicant: the months before submission. */
  lookBackMonths: positiveInt,
  /** Art. 5(4) 不低于2家 teams registered as new companies ... */
  minNewCompanies: positiveInt,
  /** ... or 不低于1家 financed. */
  minFinancings: positiveInt,
  /** Art. 5(5) 60%以上 professional incubation staff of the total headcount, in whole percent. */
  minProfessionalStaffSharePercent: percent,
  /** Art. 5(5) 每15家 ... 至少配备1名: required = ceil(residents ÷ this), at least the minimum below. */
  residentsPerProfessionalStaff: positiveInt,
  minProfessionalStaff: positiveInt,
  residentsPerMentor: positiveInt,
  minMentors: positiveInt,
  /**
   * Which residents the per-15 minimums of Art. 5(5) count: every resident the space declares
   * (`ALL_DECLARED`, domain.md's reading), or only those Art. 5(3) counts, within the residency limit
   * (`WITHIN_RESIDENCY_LIMIT`, the reading of version 1).
   */
  perResidentsCount: z.enum(['ALL_DECLARED', 'WITHIN_RESIDENCY_LIMIT']),
  /** Art. 5(5) mentors appointed by the provincial S&T department, an industry association or the incubator. */
  recognisedMentorAppointers: z.array(z.enum(['PROVINCIAL_ST_DEPARTMENT', 'INDUSTRY_ASSOCIATION', 'INCUBATOR', 'OTHER'])).min(1),
  /** Art. 5(6) 不少于5场次 a year. */
  minActivities: positiveInt,
});

const Stage = z
  .strictObject({
    assignee: ProcedureRole,
    /** Calendar days from the day the stage opens to its due date. */
    dueDays: positiveInt,
    /** Days before the due date on which the assignee is reminded. */
    reminderDaysBeforeDue: z.array(positiveInt),
    /** Days after the due date on which an open task escalates. */
    escalateAfterOverdueDays: nonNegativeInt,
    escalateTo: ProcedureRole,
  })
  .check(
    crossCheck(['dueDays', 'reminderDaysBeforeDue'], ({ dueDays, reminderDaysBeforeDue }, issue) => {
      reminderDaysBeforeDue.forEach((days, index) => {
        if (days >= dueDays) {
          issue(['reminderDaysBeforeDue', index], days, `a reminder ${days} days before the due date falls before the stage opens (due after ${dueDays} days)`);
        }
      });
    }),
  );

const stageShape = Object.fromEntries(REVIEW_STAGES.map((stage) => [stage, Stage])) as Record<(typeof REVIEW_STAGES)[number], typeof Stage>;

const supervisionStageShape = Object.fromEntries(SUPERVISION_STAGES.map((stage) => [stage, Stage])) as Record<
  (typeof SUPERVISION_STAGES)[number],
  typeof Stage
>;

/** Art. 6: the procedure's human stages, the expert panel and the public notice. */
const Procedure = z.strictObject({
  stages: z.strictObject(stageShape),
  expertPanel: z
    .strictObject({
      size: positiveInt,
      maxScore: z.number().positive(),
      /** The panel passes an application when the mean of its scores reaches this. */
      passMeanScore: z.number().positive(),
    })
    .check(
      crossCheck(['maxScore', 'passMeanScore'], ({ maxScore, passMeanScore }, issue) => {
        if (passMeanScore > maxScore) issue(['passMeanScore'], passMeanScore, `cannot exceed maxScore ${maxScore}`);
      }),
    ),
  /** Art. 6(4) 公示: the Measures give no length; calendar days including the day of publication. */
  publicNoticeDays: positiveInt,
});

const MonthDay = z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) }).check(
  crossCheck(['month', 'day'], ({ month, day }, issue) => {
    // 29 February is refused so that the date exists in every year.
    const longest = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (day > longest) issue(['day'], day, `month ${month} has no day ${day} in every year`);
  }),
);

const Grade = z.strictObject({
  code: z.string().regex(/^[A-Z]$/, 'expected one capital letter'),
  label: LocalizedText,
  /** The lowest score that earns this grade. */
  minScore: z.number().min(0).max(100),
});
export type Grade = z.infer<typeof Grade>;

const Indicator = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z_]*$/, 'expected an upper-case identifier'),
  label: LocalizedText,
  /** Points of 100 this indicator carries. */
  weight: z.number().positive(),
  /** Each measure earns its share of the weight in proportion to value ÷ target, capped at 1. */
  measures: z.array(z.strictObject({ measure: z.enum(MEASURES), target: z.number().positive() })).min(1),
});
export type Indicator = z.infer<typeof Indicator>;

const GRADE_REFERENCES = ['unqualifiedGrade', 'recommendedGrade', 'gradeWhenConditionsFail'] as const;

/** Art. 7: the yearly performance evaluation. */
const Evaluation = z
  .strictObject({
    /** The cycle for a year opens on this day of the following year. */
    cycleOpens: MonthDay,
    /** The self-report for a year is due on this day of the following year. */
    selfReportDue: MonthDay,
    reminderDaysBeforeDue: z.array(positiveInt),
    /** Best grade first, each with a lower minScore than the one before; the last starts at 0. */
    grades: z.array(Grade).min(2),
    /** The grade that counts as 不合格 for the consecutive-years rule (a missing report gets it too). */
    unqualifiedGrade: z.string(),
    /** The grade of a space that 运行高效、发展良好 and is recommended to the province. */
    recommendedGrade: z.string(),
    /** The best grade a space can get while a continuing Art. 5 condition is not met. */
    gradeWhenConditionsFail: z.string(),
    /** 连续2年度不合格 → revocation. */
    consecutiveUnqualifiedYears: positiveInt,
    scorecard: z.array(Indicator).min(1),
  })
  .check(
    crossCheck(['grades'], ({ grades }, issue) => {
      grades.forEach((grade, index) => {
        if (grades.findIndex((other) => other.code === grade.code) !== index) {
          issue(['grades', index, 'code'], grade.code, `duplicate grade ${grade.code}`);
        }
        if (index > 0 && grade.minScore >= grades[index - 1].minScore) {
          issue(['grades', index, 'minScore'], grade.minScore, 'must be lower than the minScore of the grade before');
        }
      });
      const last = grades[grades.length - 1];
      if (last.minScore !== 0) issue(['grades', grades.length - 1, 'minScore'], last.minScore, 'the last grade must start at 0');
    }),
    crossCheck(['grades', ...GRADE_REFERENCES], (evaluation, issue) => {
      const codes = evaluation.grades.map((grade) => grade.code);
      for (const key of GRADE_REFERENCES) {
        if (!codes.includes(evaluation[key])) issue([key], evaluation[key], `not a grade of the scale (${codes.join(', ')})`);
      }
    }),
    crossCheck(['scorecard'], ({ scorecard }, issue) => {
      const total = scorecard.reduce((sum, indicator) => sum + indicator.weight, 0);
      if (Math.abs(total - 100) > 1e-9) issue(['scorecard'], total, `weights add up to ${total}, not 100`);
    }),
  );

export const Ruleset = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug'),
  version: positiveInt,
  /** Applications submitted on or after this date fall under this ruleset (until a newer one). */
  effectiveFrom: CalendarDate,
  title: LocalizedText,
  /** The document the ruleset encodes, e.g. 鞍科发〔2020〕43号. */
  source: z.string().min(1),
  jurisdiction: Jurisdiction,
  interpretation: z.strictObject({
    /** 以上/以下/以内 include the number itself (PRC drafting convention). */
    inclusiveBounds: z.boolean(),
  }),
  conditions: Conditions,
  procedure: Procedure,
  evaluation: Evaluation,
  /** Art. 7 and 8: the due dates, reminders and escalation of the staff's supervision tasks. */
  supervision: z.strictObject({ stages: z.strictObject(supervisionStageShape) }),
  change: z.strictObject({
    /** Art. 8: a change is reported within these calendar months of its effective date. */
    reportWithinMonths: positiveInt,
    /** Days before the report deadline on which an operator that has not reported is reminded. */
    reminderDaysBeforeDeadline: z.array(positiveInt),
  }),
  /** Art. 9: an organisation that committed fraud may not apply again for these years from the decision. */
  fraud: z.strictObject({ banYears: positiveInt }),
});

type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A validated ruleset. Loaded rulesets are frozen: every application may share one. */
export type Ruleset = DeepReadonly<z.infer<typeof Ruleset>>;
