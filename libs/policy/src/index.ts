// @makerspace/policy: the Anshan Maker-Space Filing Measures as versioned, pure rules. Every verdict
// cites its article; every open reading is ruleset data (see docs/policy.md).

// Calendar dates (Asia/Shanghai) and the periods of the Measures
export { CalendarDate } from './calendar/calendar-date-schema';
export { calendarDate, dateParts, daysInMonth, isCalendarDate, isLeapYear, parseCalendarDate } from './calendar/calendar-date';
// Date arithmetic, for building dates (tests, fixtures); a legal period is counted by period.ts only.
export { addDays, diffDays } from './calendar/days';
export { addCalendarMonths, fullCalendarMonthsBetween } from './calendar/months';
export { type Period, type PeriodLength, dayAfter, daysBefore, earliestEventWithin, isWithinPeriod, periodAfter, periodEndsOn } from './calendar/period';
export { endOfDayShanghai, MORNING_HOUR, todayInShanghai } from './calendar/shanghai';
export { type DateWindow, calendarYearWindow, isWithinWindow, lookBackWindow } from './calendar/window';
export { operatingAtLeast } from './calendar/operating-age';
export { residencyMonths, residencyWithin } from './calendar/residency';
export { changeReminderDates, changeReportDeadline, changeReportedInTime } from './calendar/change-deadline';
export { type Ban, banEndsOn, isBanActive } from './calendar/ban';
export { type StageSchedule, stageDueDate, stageSchedule, supervisionTaskSchedule } from './calendar/stage-due';
export { consecutiveYearsEndingAt } from './calendar/consecutive-years';

// Rulesets
export { Ruleset, type Division, type Grade, type Indicator } from './rulesets/ruleset';
export { RulesetError, type RulesetIssue } from './rulesets/ruleset-error';
export { loadRuleset } from './rulesets/load-ruleset';
export { ANSHAN_2020 } from './rulesets/anshan-2020';
export { ANSHAN_2020_V2 } from './rulesets/anshan-2020-v2';
export { RULESETS, rulesetByVersion, selectRuleset } from './rulesets/select-ruleset';

// Identity and jurisdiction
export { type UsccValidation, usccCheckCharacter, validateUscc } from './identity/uscc';
export { routeToDistrict } from './identity/jurisdiction';

// Filing conditions (Art. 5) and the Art. 9 ban at submission
export {
  Activity,
  DeclaredFigures,
  FilingCheckInput,
  Financing,
  Mentor,
  MentorAppointer,
  NewCompany,
  Organisation,
  Resident,
  SpaceDeclaration,
  Venue,
} from './conditions/declared-figures';
export type { Article, Figure, Flag, FlagCode, RuleId, Verdict } from './conditions/verdict';
export { type ConditionsReport, type FilingCheckReport, checkFilingConditions } from './conditions/check-filing-conditions';
export { CONDITION_COUNT } from './conditions/judge-conditions';
export { requiredPerResidents } from './conditions/art5-5-staff';
export { checkNoActiveBan } from './conditions/art9-ban';

// Filing procedure (Art. 6)
export { ProcedureRole, REVIEW_STAGES, ReviewStage, SUPERVISION_STAGES, SupervisionStage } from './procedure/stages';
export { type ExpertReviewOutcome, expertReviewOutcome } from './procedure/expert-review';
export { type NoticeCounting, publicNoticeEndsOn } from './procedure/public-notice';

// Performance evaluation (Art. 7)
export { PerformanceFigures, SelfReport } from './evaluation/self-report';
export { MEASURES, type Measure } from './evaluation/measures';
export { type EvaluationReason, type EvaluationResult, type IndicatorScore, type MeasureScore, scoreEvaluation } from './evaluation/score-evaluation';
export { gradeForScore, isUnqualified, recommendedToProvince } from './evaluation/grades';
export { type RevocationCheck, revocationDue } from './evaluation/revocation';
export { evaluationCycleOpensOn, selfReportDueDate, selfReportReminderDates } from './evaluation/self-report-deadline';
export { evaluatedYearOpenedBy, evaluationCycleCron } from './evaluation/cycle-opening';

// Changes (Art. 8)
export { Areas, SpaceChange } from './change/space-change';
export { type ChangeCheck, applyChange, checkChange } from './change/check-change';

// Explanation
export { type Explanation, type ExplanationLine, explain } from './explain/explain';
export type { Language, LocalizedText } from './text/localized-text';
export { articleName } from './text/article-name';
export { banWords, changeReportWords, correctionWords, dueWords, noticeWords, selfReportDueWords } from './text/period-words';

// Builders for other projects' tests
export * as testing from './testing/fixtures';
