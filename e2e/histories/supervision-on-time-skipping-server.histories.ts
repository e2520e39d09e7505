import { evaluationCycleWorkflowId, spaceChangeWorkflowId, spaceEvaluationWorkflowId } from '@makerspace/contracts';
import { addCalendarMonths, addDays, CalendarDate, calendarDate, dateParts } from '@makerspace/policy';
import { timeSkippingEnvironment } from '@makerspace/testing';
import { selfReports } from '../test/support/self-reports';
import { SupervisionStack, supervisors } from '../test/support/supervision-stack';
import { closed } from './support/recording';
import { reasons, recordingsOn } from './support/recordings-on';
import { belowArea, evidence, people, Space } from './support/supervision-people';

/**
 * The supervision histories that need months to pass (docs/workflows.md, Recorded histories): the
 * cycle that opens in January, a space's evaluation with each Art. 7 outcome over two years (the
 * report deadline of 30 April), a change whose 3 months run out; recorded on Temporal's
 * time-skipping server, driven through the evaluation service as staff and operators do.
 */

recordingsOn('supervision', 'time-skipping server', timeSkippingEnvironment, new SupervisionStack(), (stack) => {
  const { city, handle, rec, change, inReview, decide } = people(stack);
  let year: number;
  let spaces: Record<'excellent' | 'twiceUnqualified' | 'missingThenQualified' | 'revoked', Space>;
  const evaluationPath = (spaceId: string, y: number) => `/spaces/${spaceId}/evaluations/${y}`;

  async function file(s: Space, y: number, report: unknown) {
    const answer = await s.operator.put(`${evaluationPath(s.space.id, y)}/self-report`, report);
    if (answer.status !== 200) throw new Error(`self-report: ${answer.status} ${JSON.stringify(answer.body)}`);
    const checked = await stack
      .as(supervisors.districtOfficerOf(s.space.divisionCode))
      .post(`${evaluationPath(s.space.id, y)}/district-check`, { outcome: 'PASS' });
    if (checked.status !== 200) throw new Error(`district check: ${checked.status} ${JSON.stringify(checked.body)}`);
  }
  const scored = (spaceId: string, y: number) =>
    stack.recorded(`${spaceId} scored for ${y}`, async () => (await city().get<{ status: string }>(evaluationPath(spaceId, y))).body.status === 'SCORED');
  async function confirm(spaceId: string, y: number, body: Record<string, unknown> = { outcome: 'CONFIRM' }) {
    await scored(spaceId, y);
    const answer = await city().post(`${evaluationPath(spaceId, y)}/confirmation`, body);
    if (answer.status !== 200) throw new Error(`confirmation: ${answer.status} ${JSON.stringify(answer.body)}`);
    await closed(handle(spaceEvaluationWorkflowId(y, spaceId)));
  }
  async function openYear(y: number) {
    await stack.as(supervisors.scheduler).post(`/evaluation-cycles/${y}`);
    await stack.sleepUntil(calendarDate(y + 1, 1, 1), 10);
    await stack.recorded(
      `every space asked for its ${y} report`,
      async () => (await stack.db.evaluation.count({ where: { year: y } })) === Object.keys(spaces).length,
    );
  }

  beforeAll(async () => {
    const today = await stack.today();
    year = dateParts(today).year;
    spaces = {
      excellent: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
      twiceUnqualified: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
      missingThenQualified: await stack.fileSpace({ filedOn: today, declaredAsOf: today, divisionCode: '210303' }),
      revoked: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
    };
  }, 120_000);

  it('runs the first year: A recommended, D below Art. 5, D for a missing report, an evaluation ended by a revocation', async () => {
    await openYear(year);
    await rec(evaluationCycleWorkflowId(year), 'all-requested', 'the cycle opens in January and asks every ACTIVE space for its report');

    const { space, operator } = spaces.revoked;
    const today = await stack.today();
    const changeId = await change(space, 'operator', operator, { change: { kind: 'AREA', effectiveOn: today, areas: belowArea }, evidence });
    await inReview(space.id, changeId);
    await decide(space.id, changeId, 'REVOKE', reasons('场地面积减至450平方米 / the venue is down to 450 m²', 'Art. 5(2)'));
    await closed(handle(spaceEvaluationWorkflowId(year, space.id)));
    await rec(
      spaceEvaluationWorkflowId(year, space.id),
      'ended-by-revocation',
      'the space is revoked by a change (Art. 8) while its report is awaited: the evaluation ends unconfirmed',
    );

    await file(spaces.excellent, year, selfReports.excellent(year));
    await file(spaces.twiceUnqualified, year, selfReports.belowArt5(year));
    await stack.sleepUntil(calendarDate(year + 1, 5, 1), 10);
    await confirm(spaces.excellent.space.id, year);
    await confirm(spaces.twiceUnqualified.space.id, year);
    await confirm(spaces.missingThenQualified.space.id, year);
    await rec(
      spaceEvaluationWorkflowId(year, spaces.excellent.space.id),
      'excellent-recommended',
      'every target met: scored A, confirmed, recommended to the province',
    );
    await rec(
      spaceEvaluationWorkflowId(year, spaces.twiceUnqualified.space.id),
      'below-art5-unqualified',
      'the reported area is below Art. 5(2): scored D, confirmed, a first unqualified year',
    );
    await rec(
      spaceEvaluationWorkflowId(year, spaces.missingThenQualified.space.id),
      'report-missed',
      'no report by 30 April after three reminders: unqualified, confirmed',
    );
  });

  it('runs the second year: a second D revokes, C qualifies, a grade corrected after an expert review and an on-site check', async () => {
    for (const s of [spaces.twiceUnqualified, spaces.missingThenQualified]) {
      await stack.recorded(
        `${year} confirmed for ${s.space.id}`,
        async () => (await city().get<{ grades: Record<string, string> }>(`/spaces/${s.space.id}`)).body.grades[year] === 'D',
      );
    }
    const next = year + 1;
    await stack.as(supervisors.scheduler).post(`/evaluation-cycles/${next}`);
    await stack.sleepUntil(calendarDate(next + 1, 1, 1), 10);
    await stack.recorded(`three spaces asked for their ${next} report`, async () => (await stack.db.evaluation.count({ where: { year: next } })) === 3);
    await file(spaces.twiceUnqualified, next, selfReports.belowArt5(next));
    await file(spaces.missingThenQualified, next, selfReports.qualified(next));
    await file(spaces.excellent, next, selfReports.excellent(next));
    await scored(spaces.excellent.space.id, next);
    await city().post(`${evaluationPath(spaces.excellent.space.id, next)}/reviews`, { kind: 'EXPERT_REVIEW', expertId: 'expert-7' });
    await city().post(`${evaluationPath(spaces.excellent.space.id, next)}/reviews`, { kind: 'ON_SITE_CHECK' });
    await stack.as(supervisors.expert('expert-7')).post(`${evaluationPath(spaces.excellent.space.id, next)}/review-findings`, {
      kind: 'EXPERT_REVIEW',
      findings: reasons('孵化成效属实 / incubation results confirmed'),
      suggestedGrade: 'B',
    });
    await city().post(`${evaluationPath(spaces.excellent.space.id, next)}/review-findings`, {
      kind: 'ON_SITE_CHECK',
      findings: reasons('现场入驻团队少于报告 / fewer residents on site than reported'),
    });
    await stack.sleepUntil(calendarDate(next + 1, 5, 1), 10);
    await confirm(spaces.twiceUnqualified.space.id, next);
    await confirm(spaces.missingThenQualified.space.id, next);
    await confirm(spaces.excellent.space.id, next, {
      outcome: 'CORRECT',
      grade: 'B',
      reasons: reasons('现场核查入驻团队少于申报 / fewer residents on site than reported', 'Art. 7'),
    });
    await rec(evaluationCycleWorkflowId(next), 'second-year-all-requested', 'the next year opens; the revoked space is no longer asked');
    await rec(
      spaceEvaluationWorkflowId(next, spaces.twiceUnqualified.space.id),
      'second-unqualified-revoked',
      'a second consecutive unqualified year: the space is revoked (Art. 7)',
    );
    await rec(spaceEvaluationWorkflowId(next, spaces.missingThenQualified.space.id), 'qualified', 'scored C after a missing year: qualified, no consequence');
    await rec(
      spaceEvaluationWorkflowId(next, spaces.excellent.space.id),
      'corrected-after-reviews',
      'an expert review and an on-site check are ordered and recorded; the city corrects the scored A to B',
    );
  });

  it('accepts a change reported after its deadline, then approves it', async () => {
    const today = await stack.today();
    const { space, operator } = await stack.fileSpace({ filedOn: addCalendarMonths(today, -18), declaredAsOf: today });
    const body = {
      change: {
        kind: 'LOCATION',
        effectiveOn: today,
        venue: { divisionCode: '210381' },
        areas: { totalAreaM2: 820, workstationAreaM2: 460, publicServiceAreaM2: 200 },
      },
    };
    const changeId = await change(space, 'city', operator, body);
    const { deadline } = (await city().get<{ deadline: string }>(`/spaces/${space.id}/changes/${changeId}`)).body;
    await stack.sleepUntil(addDays(deadline as CalendarDate, 1), 10);
    await stack.recorded(
      'the deadline to be missed',
      async () => (await city().get<{ status: string }>(`/spaces/${space.id}/changes/${changeId}`)).body.status === 'OVERDUE',
    );
    await operator.post(`/spaces/${space.id}/changes/${changeId}/report`, { ...body, evidence });
    await decide(space.id, changeId, 'ACCEPT_LATE', reasons('搬迁手续延误,情有可原 / the move was delayed by the landlord', 'Art. 8'));
    await inReview(space.id, changeId);
    await decide(space.id, changeId, 'APPROVE');
    await closed(handle(spaceChangeWorkflowId(space.id, changeId)));
    await rec(
      spaceChangeWorkflowId(space.id, changeId),
      'late-accepted-approved',
      'the 3 months run out with reminders; the city task accepts the late report and the change is approved',
    );
  });
});
