import type { z } from 'zod';
import { deepFreeze } from './freeze';
import type { Ruleset } from './ruleset';

const reviewEscalation = { escalateAfterOverdueDays: 3, escalateTo: 'CITY_OFFICER' } as const;

/**
 * 鞍山市众创空间备案管理办法(试行), 鞍科发〔2020〕43号, in force from its issue on 2020-10-10
 * (Art. 11). Figures are the Measures' own; everything the Measures leave open (due days, panel,
 * notice length, evaluation scale and scorecard) is a reading recorded in docs/policy.md.
 */
const data = {
  id: 'anshan-2020-trial',
  version: 1,
  effectiveFrom: '2020-10-10',
  title: {
    zh: '鞍山市众创空间备案管理办法(试行)',
    en: 'Anshan City Maker-Space Filing Management Measures (Trial)',
  },
  source: '鞍科发〔2020〕43号',
  jurisdiction: {
    cityCode: '210300',
    name: { zh: '鞍山市', en: 'Anshan' },
    registrationDivisionPrefix: '2103',
    divisions: [
      { code: '210302', kind: 'DISTRICT', name: { zh: '铁东区', en: 'Tiedong District' } },
      { code: '210303', kind: 'DISTRICT', name: { zh: '铁西区', en: 'Tiexi District' } },
      { code: '210304', kind: 'DISTRICT', name: { zh: '立山区', en: 'Lishan District' } },
      { code: '210311', kind: 'DISTRICT', name: { zh: '千山区', en: 'Qianshan District' } },
      { code: '210321', kind: 'COUNTY', name: { zh: '台安县', en: "Tai'an County" } },
      {
        code: '210323',
        kind: 'AUTONOMOUS_COUNTY',
        name: { zh: '岫岩满族自治县', en: 'Xiuyan Manchu Autonomous County' },
      },
      { code: '210381', kind: 'COUNTY_LEVEL_CITY', name: { zh: '海城市', en: 'Haicheng City' } },
      {
        // GB/T 2260 gives development zones no code; the zone's own S&T department reviews its venues.
        code: '210300-HTZ',
        kind: 'DEVELOPMENT_ZONE',
        name: {
          zh: '鞍山高新技术产业开发区',
          en: 'Anshan High-tech Industrial Development Zone',
        },
      },
    ],
  },
  interpretation: { inclusiveBounds: true },
  conditions: {
    minOperatingMonths: 6,
    minTotalAreaM2: 500,
    minServiceAreaSharePercent: 75,
    minStartupWorkstations: 15,
    minResidents: 10,
    maxResidencyMonths: 36,
    lookBackMonths: 12,
    minNewCompanies: 2,
    minFinancings: 1,
    minProfessionalStaffSharePercent: 60,
    residentsPerProfessionalStaff: 15,
    minProfessionalStaff: 1,
    residentsPerMentor: 15,
    minMentors: 1,
    // The reading of this first version; version 2 counts every declared resident (anshan-2020-v2.ts).
    perResidentsCount: 'WITHIN_RESIDENCY_LIMIT',
    recognisedMentorAppointers: ['PROVINCIAL_ST_DEPARTMENT', 'INDUSTRY_ASSOCIATION', 'INCUBATOR'],
    minActivities: 5,
  },
  procedure: {
    stages: {
      PRELIMINARY_REVIEW: { assignee: 'DISTRICT_OFFICER', dueDays: 15, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      RE_REVIEW: { assignee: 'CITY_OFFICER', dueDays: 15, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      ON_SITE_INSPECTION: { assignee: 'CITY_OFFICER', dueDays: 20, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      EXPERT_REVIEW: { assignee: 'EXPERT', dueDays: 15, reminderDaysBeforeDue: [5, 1], escalateAfterOverdueDays: 2, escalateTo: 'CITY_OFFICER' },
      OBJECTION_RESOLUTION: { assignee: 'CITY_OFFICER', dueDays: 10, reminderDaysBeforeDue: [3, 1], ...reviewEscalation },
      DIRECTOR_MEETING: { assignee: 'DIRECTOR_MEETING', dueDays: 30, reminderDaysBeforeDue: [7], escalateAfterOverdueDays: 0, escalateTo: 'CITY_OFFICER' },
      CORRECTION: { assignee: 'APPLICANT', dueDays: 30, reminderDaysBeforeDue: [7, 1], escalateAfterOverdueDays: 0, escalateTo: 'CITY_OFFICER' },
    },
    expertPanel: { size: 3, maxScore: 100, passMeanScore: 60 },
    publicNoticeDays: 7,
  },
  evaluation: {
    cycleOpens: { month: 1, day: 1 },
    selfReportDue: { month: 4, day: 30 },
    reminderDaysBeforeDue: [30, 7, 1],
    // The Liaoning provincial scale the Measures refer to (Art. 1): 优秀 / 良好 / 合格 / 不合格.
    grades: [
      { code: 'A', label: { zh: '优秀', en: 'Excellent' }, minScore: 85 },
      { code: 'B', label: { zh: '良好', en: 'Good' }, minScore: 75 },
      { code: 'C', label: { zh: '合格', en: 'Qualified' }, minScore: 60 },
      { code: 'D', label: { zh: '不合格', en: 'Unqualified' }, minScore: 0 },
    ],
    unqualifiedGrade: 'D',
    recommendedGrade: 'A',
    gradeWhenConditionsFail: 'D',
    consecutiveUnqualifiedYears: 2,
    scorecard: [
      {
        id: 'SERVICE_CAPACITY',
        label: { zh: '服务能力', en: 'Service capacity' },
        weight: 30,
        measures: [
          { measure: 'ACTIVITIES_HELD', target: 12 },
          { measure: 'MENTORS', target: 5 },
          { measure: 'WORKSTATION_OCCUPANCY', target: 0.8 },
        ],
      },
      {
        id: 'INCUBATION_RESULTS',
        label: { zh: '孵化成效', en: 'Incubation results' },
        weight: 30,
        measures: [
          { measure: 'NEW_COMPANIES', target: 4 },
          { measure: 'FINANCINGS', target: 2 },
          { measure: 'GRADUATED_COMPANIES', target: 2 },
        ],
      },
      {
        id: 'SUSTAINABILITY',
        label: { zh: '可持续发展', en: 'Sustainability' },
        weight: 20,
        measures: [
          { measure: 'OPERATING_INCOME_YUAN', target: 1_000_000 },
          { measure: 'SERVICE_INCOME_SHARE', target: 0.3 },
        ],
      },
      {
        id: 'SOCIAL_CONTRIBUTION',
        label: { zh: '社会贡献', en: 'Social contribution' },
        weight: 20,
        measures: [
          { measure: 'JOBS_CREATED', target: 50 },
          { measure: 'ACTIVITY_PARTICIPANTS', target: 500 },
        ],
      },
    ],
  },
  // The Measures give supervision no time limits; these follow the filing stages of the same kind.
  supervision: {
    stages: {
      SELF_REPORT_CHECK: { assignee: 'DISTRICT_OFFICER', dueDays: 15, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      EXPERT_REVIEW: { assignee: 'EXPERT', dueDays: 15, reminderDaysBeforeDue: [5, 1], escalateAfterOverdueDays: 2, escalateTo: 'CITY_OFFICER' },
      ON_SITE_CHECK: { assignee: 'CITY_OFFICER', dueDays: 20, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      RESULT_CONFIRMATION: { assignee: 'CITY_OFFICER', dueDays: 15, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      CHANGE_REVIEW: { assignee: 'CITY_OFFICER', dueDays: 15, reminderDaysBeforeDue: [5, 1], ...reviewEscalation },
      OVERDUE_CHANGE: { assignee: 'CITY_OFFICER', dueDays: 10, reminderDaysBeforeDue: [3, 1], ...reviewEscalation },
    },
  },
  // The Measures give no reminders; these match the self-report's (a month, a week, a day before).
  change: { reportWithinMonths: 3, reminderDaysBeforeDeadline: [30, 7, 1] },
  fraud: { banYears: 2 },
} satisfies z.input<typeof import('./ruleset').Ruleset>;

/**
 * The default ruleset: the Anshan 2020 trial Measures as first issued. Its schema and cross-checks
 * are proved by ruleset-loading.spec.ts (`loadRuleset` accepts it and gives it back unchanged)
 * rather than run when the module loads: every workflow loads the rulesets anew, and parsing this
 * one cost each of them more than the rest of its start (docs/benchmarks.md).
 */
export const ANSHAN_2020: Ruleset = deepFreeze(data);
