import { evaluationCycleState, evaluationCycleWorkflow, SpaceRef } from '@makerspace/contracts';
import { CalendarDate, calendarDate, dateParts, evaluationCycleOpensOn, type Ruleset, RULESETS, selectRuleset, selfReportDueDate } from '@makerspace/policy';
import { waitFor } from '@makerspace/testing';
import type { SelfReportRequest } from '../activities/evaluation-starts';
import type { SupervisedSpacesQuery } from '../activities/space-records';
import { WorkflowTestBed } from '../../test/support/workflow-test-bed';

/** The ruleset in force when a year's cycle opens (January of the next year), as the workflow chooses it. */
const rulesetOf = (year: number): Ruleset => selectRuleset(RULESETS, calendarDate(year + 1, 1, 1));
const spaceOf = (n: number): SpaceRef => ({
  spaceId: `space-${n}`,
  filingNumber: `鞍科众备〔2026〕${String(n).padStart(3, '0')}`,
  spaceName: `创客空间 ${n}`,
  organisationId: `org-${n}`,
  divisionCode: '210302',
});

/**
 * The yearly evaluation cycle (Art. 7) on the time-skipping test server, with the evaluation
 * service's pages of spaces and the starts of the space evaluations in memory: it waits for the
 * ruleset's opening day, asks every space a page at a time (continuing as new between pages, its
 * events numbered on), and asks nobody once the report deadline has passed.
 */
describe('the yearly evaluation cycle (Art. 7)', () => {
  let bed: WorkflowTestBed;
  const queries: SupervisedSpacesQuery[] = [];
  const requests: SelfReportRequest[] = [];

  beforeAll(async () => {
    bed = await WorkflowTestBed.start('supervision', {
      // Two pages: spaces 1-2, then 3.
      supervisedSpaces: async (q) => {
        queries.push(q);
        return q.after === null ? { spaces: [spaceOf(1), spaceOf(2)], next: 'space-2' } : { spaces: [spaceOf(3)], next: null };
      },
      requestSelfReports: async (r) => {
        requests.push(r);
        return { started: r.spaces.length, alreadyStarted: 0 };
      },
    });
  }, 180_000);

  afterAll(() => bed?.stop());

  it('waits for the opening day, then asks every space filed by the year’s end, a page at a time', async () => {
    const year = dateParts((await bed.today()) as CalendarDate).year;
    const ruleset = rulesetOf(year);
    expect(await bed.temporal.startOnce(evaluationCycleWorkflow, { year })).toBe(true);
    const handle = await bed.temporal.handle(evaluationCycleWorkflow, evaluationCycleWorkflow.workflowId({ year }));
    const waiting = await waitFor('the cycle', () => handle.query(evaluationCycleState), 30_000, 50);
    expect(waiting).toMatchObject({
      year,
      status: 'WAITING_TO_OPEN',
      opensOn: evaluationCycleOpensOn(year, ruleset),
      selfReportDueOn: selfReportDueDate(year, ruleset),
    });
    expect(queries).toEqual([]);

    expect(await handle.result()).toMatchObject({ year, status: 'ALL_REQUESTED', requested: 3, alreadyRequested: 0 });
    expect(queries.map((q) => [q.filedOnOrBefore, q.after])).toEqual([
      [`${year}-12-31`, null],
      [`${year}-12-31`, 'space-2'],
    ]);
    expect(requests.map((r) => r.spaces.map((s) => s.spaceId))).toEqual([['space-1', 'space-2'], ['space-3']]);
    expect(requests[0]).toMatchObject({ year, ruleset: { id: ruleset.id, version: ruleset.version }, dueOn: selfReportDueDate(year, ruleset) });
    const events = bed.eventsOf(handle.workflowId);
    expect(events.map((e) => [e.id, e.type])).toEqual([
      [`evaluation-${year}:1:evaluation.cycle.opened`, 'evaluation.cycle.opened'],
      [`evaluation-${year}:2:evaluation.cycle.all-requested`, 'evaluation.cycle.all-requested'],
    ]);
    expect(events[0].payload).toMatchObject({ openedOn: evaluationCycleOpensOn(year, ruleset) });
    expect(events[1].payload).toEqual({ year, spaces: 3 });
  });

  it('opened after the report deadline, asks nobody: TOO_LATE', async () => {
    const year = dateParts((await bed.today()) as CalendarDate).year - 2;
    const before = queries.length;
    await bed.temporal.startOnce(evaluationCycleWorkflow, { year });
    const handle = await bed.temporal.handle(evaluationCycleWorkflow, evaluationCycleWorkflow.workflowId({ year }));
    expect(await handle.result()).toMatchObject({ year, status: 'TOO_LATE', requested: 0 });
    expect(queries).toHaveLength(before);
    expect(bed.eventsOf(handle.workflowId)).toEqual([]);
  });
});
