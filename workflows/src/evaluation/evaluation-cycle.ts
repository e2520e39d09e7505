import { continueAsNew, proxyActivities, setHandler } from '@temporalio/workflow';
import { Actor, EvaluationCycleInput, evaluationCycleState, EvaluationCycleState } from '@makerspace/contracts';
import { calendarDate, evaluationCycleOpensOn, RULESETS, rulesetByVersion, Ruleset, selectRuleset, selfReportDueDate } from '@makerspace/policy';
import type { EvaluationStartActivities } from '../activities/evaluation-starts';
import type { SpaceRecordActivities } from '../activities/space-records';
import { endOf, morningOf, sleepUntil, today } from '../kit/clock';
import { EventSequence } from '../kit/event-sequence';
import { Outbox } from '../kit/outbox';

const { supervisedSpaces, requestSelfReports } = proxyActivities<SpaceRecordActivities & EvaluationStartActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Spaces read per run of the workflow; each run then continues as new, so no history grows long. */
export const SPACES_PER_RUN = 2000;
/** Spaces asked for their reports by one activity: a bounded batch, retried as a whole if it fails. */
export const SPACES_PER_BATCH = 200;

const SYSTEM: Actor = { id: 'supervision-workflow', role: 'system' };

/** Where the cycle stands, carried from one run to the next. */
export interface CycleProgress {
  rulesetId: string;
  rulesetVersion: number;
  after: string | null;
  requested: number;
  alreadyRequested: number;
  eventsRaised: number;
}

export type EvaluationCycleRun = EvaluationCycleInput & { progress?: CycleProgress };

/**
 * The yearly evaluation cycle (Art. 7), `evaluation-<year>`: opens on the ruleset's opening day of
 * the following year (January), then asks every ACTIVE space filed by the end of the year for its
 * report and starts its `evaluation-<year>-<spaceId>`: a page of spaces per run, in bounded
 * batches, continuing as new between pages. The space evaluations outlive the cycle (they wait months for reports and
 * confirmation); one that already exists is counted, not started again, so opening a year twice
 * starts nothing new. Opened after the report deadline, the cycle asks nobody: every space would
 * be unqualified without having been asked in time.
 */
export async function evaluationCycle(input: EvaluationCycleRun): Promise<EvaluationCycleState> {
  const { year } = input;
  const ruleset = input.progress ? rulesetByVersion(input.progress.rulesetId, input.progress.rulesetVersion) : rulesetForYear(year);
  const progress: CycleProgress = input.progress ?? {
    rulesetId: ruleset.id,
    rulesetVersion: ruleset.version,
    after: null,
    requested: 0,
    alreadyRequested: 0,
    eventsRaised: 0,
  };
  const outbox = new Outbox(new EventSequence(`evaluation-${year}`, SYSTEM, progress.eventsRaised));
  const state: EvaluationCycleState = {
    year,
    status: input.progress ? 'REQUESTING' : 'WAITING_TO_OPEN',
    opensOn: evaluationCycleOpensOn(year, ruleset),
    selfReportDueOn: selfReportDueDate(year, ruleset),
    requested: progress.requested,
    alreadyRequested: progress.alreadyRequested,
  };
  setHandler(evaluationCycleState, () => state);
  void outbox.run();

  if (!input.progress) {
    await sleepUntil(morningOf(state.opensOn));
    if (Date.now() > endOf(state.selfReportDueOn)) {
      state.status = 'TOO_LATE';
      return state;
    }
    state.status = 'REQUESTING';
    outbox.raise('evaluation.cycle.opened', {
      year,
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      openedOn: today(),
      selfReportDueOn: state.selfReportDueOn,
    });
  }

  const page = await supervisedSpaces({ filedOnOrBefore: calendarDate(year, 12, 31), after: progress.after, limit: SPACES_PER_RUN });
  for (let i = 0; i < page.spaces.length; i += SPACES_PER_BATCH) {
    const spaces = page.spaces.slice(i, i + SPACES_PER_BATCH);
    const count = await requestSelfReports({
      year,
      ruleset: { id: ruleset.id, version: ruleset.version },
      dueOn: state.selfReportDueOn,
      requestedAt: new Date().toISOString(),
      spaces,
    });
    state.requested += count.started;
    state.alreadyRequested += count.alreadyStarted;
  }

  if (page.next) {
    await outbox.drained();
    const next: CycleProgress = {
      ...progress,
      after: page.next,
      requested: state.requested,
      alreadyRequested: state.alreadyRequested,
      eventsRaised: outbox.raised,
    };
    return continueAsNew<typeof evaluationCycle>({ year, progress: next });
  }
  state.status = 'ALL_REQUESTED';
  outbox.raise('evaluation.cycle.all-requested', { year, spaces: state.requested + state.alreadyRequested });
  await outbox.drained();
  return state;
}

/** A new ruleset version applies to later cycles: the one in force when the evaluated year has ended. */
function rulesetForYear(year: number): Ruleset {
  return selectRuleset(RULESETS, calendarDate(year + 1, 1, 1));
}
