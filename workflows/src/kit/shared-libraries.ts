/*
 * The libraries' modules workflow code uses, evaluated once for each workflow thread and shared
 * by every workflow it runs (the bundles' `preloadModules`, bundling/workflow-bundle-options.ts),
 * instead of once for every workflow started or replayed: about 40 KB less for each cached filing
 * procedure and 70 KB for each evaluation (docs/benchmarks.md, "A lean worker"). They can be:
 * libs/policy and libs/contracts keep no state and do no work at module load, and the SDK freezes
 * what they export.
 *
 * Naming a library value here is what brings its module in: webpack keeps a module only for what
 * is used of it, and a preloaded module only for what it does, hence the freeze below.
 * workflows/test/workflow-start.spec.ts fails when a workflow evaluates a library module of its
 * own, naming it: add what it needs here.
 */
import * as contracts from '@makerspace/contracts';
import * as policy from '@makerspace/policy';

export const SHARED_LIBRARY_VALUES = Object.freeze([
  contracts.changeState,
  contracts.checkSelfReport,
  contracts.confirmResult,
  contracts.decideChange,
  contracts.decideTask,
  contracts.disqualify,
  contracts.evaluationCycleState,
  contracts.evaluationCycleWorkflow,
  contracts.fileSelfReport,
  contracts.filingState,
  contracts.lodgeObjection,
  contracts.NEGATIVE_OUTCOMES,
  contracts.openEvaluationCycleWorkflow,
  contracts.orderReview,
  contracts.recordReview,
  contracts.reportChange,
  contracts.resubmit,
  contracts.spaceChangeWorkflowId,
  contracts.spaceEvaluationState,
  contracts.spaceEvaluationWorkflow,
  contracts.spaceEvaluationWorkflowId,
  contracts.spaceRevoked,
  contracts.TASK_OUTCOMES,
  contracts.withdraw,
  policy.addDays,
  policy.banEndsOn,
  policy.calendarDate,
  policy.changeReminderDates,
  policy.changeReportDeadline,
  policy.changeReportWords,
  policy.checkChange,
  policy.correctionWords,
  policy.dateParts,
  policy.endOfDayShanghai,
  policy.evaluatedYearOpenedBy,
  policy.evaluationCycleOpensOn,
  policy.isUnqualified,
  policy.MORNING_HOUR,
  policy.noticeWords,
  policy.publicNoticeEndsOn,
  policy.recommendedToProvince,
  policy.revocationDue,
  policy.RULESETS,
  policy.rulesetByVersion,
  policy.scoreEvaluation,
  policy.selectRuleset,
  policy.selfReportDueDate,
  policy.selfReportDueWords,
  policy.selfReportReminderDates,
  policy.stageSchedule,
  policy.supervisionTaskSchedule,
  policy.todayInShanghai,
]);
