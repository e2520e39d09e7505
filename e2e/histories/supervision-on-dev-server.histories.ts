import { temporalSettings } from '@makerspace/config';
import { evaluationCycleWorkflowId, openEvaluationCycleWorkflow, spaceChangeWorkflowId } from '@makerspace/contracts';
import { addCalendarMonths, dateParts } from '@makerspace/policy';
import { SupervisionStack, supervisors } from '../test/support/supervision-stack';
import { devServer } from './support/recording';
import { reasons, recordingsOn } from './support/recordings-on';
import { belowArea, evidence, people } from './support/supervision-people';

/**
 * The supervision procedures' histories recorded on the real Temporal server (docs/workflows.md,
 * Recorded histories), driven through the evaluation service as staff and operators do: the
 * change procedure of Art. 8 and the edges of the evaluation cycle that need no period to pass.
 */

recordingsOn('supervision', 'dev server', devServer, new SupervisionStack(), (stack) => {
  const { city, handle, rec, change, inReview, decide } = people(stack);

  it('approves a change of name reported in time', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const changeId = await change(space, 'operator', operator, { change: { kind: 'NAME', effectiveOn: today, name: '鞍山智造创客工场' }, evidence });
    await inReview(space.id, changeId);
    await decide(space.id, changeId, 'APPROVE');
    await handle(spaceChangeWorkflowId(space.id, changeId)).result();
    await rec(
      spaceChangeWorkflowId(space.id, changeId),
      'approved',
      'the operator reports a change of name in time; the re-check passes and the city approves',
    );
  });

  it('revokes a space whose area falls below 500 m²', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const changeId = await change(space, 'operator', operator, { change: { kind: 'AREA', effectiveOn: today, areas: belowArea }, evidence });
    await inReview(space.id, changeId);
    await decide(space.id, changeId, 'REVOKE', reasons('场地面积减至450平方米 / the venue is down to 450 m²', 'Art. 5(2)'));
    await handle(spaceChangeWorkflowId(space.id, changeId)).result();
    await rec(
      spaceChangeWorkflowId(space.id, changeId),
      'revoked-below-art5',
      'the reported area falls below 500 m²: the re-check fails Art. 5(2) and the city revokes (Art. 8)',
    );
  });

  it('hands the space to a new operator', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const organisation = { uscc: '91210300MA0XXXXX2B', registeredOn: addCalendarMonths(today, -24), independentLegalPerson: true };
    const changeId = await change(space, 'operator', operator, {
      change: { kind: 'OPERATING_ORGANISATION', effectiveOn: today, organisation, organisationId: 'new-operator-1' },
      evidence,
    });
    await inReview(space.id, changeId);
    await decide(space.id, changeId, 'APPROVE', reasons('新运营主体已核实 / the new operator was verified', 'Art. 8'));
    await handle(spaceChangeWorkflowId(space.id, changeId)).result();
    await rec(
      spaceChangeWorkflowId(space.id, changeId),
      'operator-handed-over',
      'a change of operating organisation is approved and the space passes to the new operator',
    );
  });

  it('waits for the report of a change the staff found', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const changeId = await change(space, 'city', operator, { change: { kind: 'NAME', effectiveOn: today, name: '鞍山创客工场' } });
    await rec(
      spaceChangeWorkflowId(space.id, changeId),
      'found-by-staff-awaiting-report',
      'the staff register a change the operator did not report; its 3-month clock and reminders run',
    );
  });

  it('revokes a change found by staff after its 3 months ran out unreported', async () => {
    const today = await stack.today();
    const effectiveOn = addCalendarMonths(today, -4);
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: effectiveOn });
    const changeId = await change(space, 'city', operator, {
      change: {
        kind: 'LOCATION',
        effectiveOn,
        venue: { divisionCode: '210381' },
        areas: { totalAreaM2: 820, workstationAreaM2: 460, publicServiceAreaM2: 200 },
      },
    });
    await stack.recorded(
      'the deadline to be missed',
      async () => (await city().get<{ status: string }>(`/spaces/${space.id}/changes/${changeId}`)).body.status === 'OVERDUE',
    );
    await decide(space.id, changeId, 'REVOKE', reasons('变更未在3个月内报告 / the change was not reported within 3 months', 'Art. 8'));
    await handle(spaceChangeWorkflowId(space.id, changeId)).result();
    await rec(
      spaceChangeWorkflowId(space.id, changeId),
      'late-revoked',
      'a move found by staff 4 months after it took effect: the deadline has passed unreported and the city revokes',
    );
  });

  it('opens this year by hand and waits for January', async () => {
    const year = dateParts(await stack.today()).year;
    const opened = await stack.as(supervisors.scheduler).post(`/evaluation-cycles/${year}`);
    if (opened.status !== 202) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
    await rec(evaluationCycleWorkflowId(year), 'waiting-to-open', 'the year is opened by hand before it ends; the cycle waits for its opening day in January');
  });

  it('opens a year whose reports were due long ago: too late, nobody is asked', async () => {
    const year = dateParts(await stack.today()).year - 2;
    await stack.as(supervisors.scheduler).post(`/evaluation-cycles/${year}`);
    await handle(evaluationCycleWorkflowId(year)).result();
    await rec(evaluationCycleWorkflowId(year), 'too-late', 'a year opened after its report deadline: TOO_LATE, no space is asked for a report');
  });

  it('starts the cycle of the year before, as the yearly Schedule does', async () => {
    const opener = await stack.env.client.workflow.start(openEvaluationCycleWorkflow.type, {
      workflowId: 'evaluation-schedule-run-1',
      taskQueue: temporalSettings().taskQueues.supervision,
      args: [],
    });
    const { year } = (await opener.result()) as NonNullable<(typeof openEvaluationCycleWorkflow)['result']>;
    await handle(evaluationCycleWorkflowId(year)).result();
    await rec(opener.workflowId, 'started-by-schedule', 'what the yearly Schedule starts: the cycle of the year before, under its own id, once');
  });
});
