import { addDays, CalendarDate, calendarDate, dateParts, selfReportReminderDates, ANSHAN_2020, todayInShanghai } from '@makerspace/policy';
import { selfReports } from './support/self-reports';
import { SupervisionStack, supervisors } from './support/supervision-stack';

type Progress = {
  workflow: { status: string; state: { status: string; requested: number } } | null;
  evaluations: { total: number; byStatus: Record<string, number>; confirmedByGrade: Record<string, number> };
};
type EvaluationState = { status: string; result: { grade: string; reportFiled: boolean; reasons: { ruleId?: string }[] } | null; consequence: string | null };

/**
 * The yearly performance evaluation of Art. 7 on real servers, two simulated years of it in
 * seconds: the evaluation service opens each year's cycle, the cycle asks every ACTIVE space for
 * its report, operators file (or not), the district department checks each report first, the
 * scorecard grades, a city officer confirms, and Art. 7
 * revokes a second consecutive unqualified year and recommends the best to the province. The
 * chapters run in order over the same three spaces.
 */
describe('the yearly evaluation (Art. 7) over two simulated years', () => {
  const stack = new SupervisionStack();
  let year: number;
  let spaces: Record<'twiceUnqualified' | 'missingThenQualified' | 'excellent', Awaited<ReturnType<SupervisionStack['fileSpace']>>>;

  const scheduler = () => stack.as(supervisors.scheduler);
  const city = () => stack.as(supervisors.cityOfficer);
  const shanghaiDate = (instant: string) => todayInShanghai(new Date(instant));

  beforeAll(async () => {
    await stack.start('evaluation');
    const today = await stack.today();
    year = dateParts(today).year;
    spaces = {
      twiceUnqualified: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
      missingThenQualified: await stack.fileSpace({ filedOn: today, declaredAsOf: today, divisionCode: '210303' }),
      excellent: await stack.fileSpace({ filedOn: today, declaredAsOf: today }),
    };
  }, 180_000);
  afterAll(() => stack.stop());

  /** The cycle asks each space once it opens on 1 January; wait until every request is recorded. */
  async function cycleRequested(y: number): Promise<Progress> {
    await stack.sleepUntil(calendarDate(y + 1, 1, 1), 10);
    return stack.recorded(`the ${y} cycle to ask every space`, async () => {
      const p = await scheduler().get<Progress>(`/evaluation-cycles/${y}`);
      if (p.body.workflow?.status === 'COMPLETED' && p.body.evaluations.total === 3) return p.body;
      throw new Error(`the cycle stands at ${JSON.stringify(p.body)}`);
    });
  }

  function evaluationOf(spaceId: string, y: number) {
    return city().get<EvaluationState>(`/spaces/${spaceId}/evaluations/${y}`);
  }

  function scored(spaceId: string, y: number) {
    return stack.recorded(`${spaceId} scored for ${y}`, async () => {
      const s = (await evaluationOf(spaceId, y)).body;
      return s.status === 'SCORED' && s;
    });
  }

  /** The district department of the space's venue checks a filed report first. */
  async function districtCheck(space: { id: string; divisionCode: string }, y: number) {
    const checked = await stack
      .as(supervisors.districtOfficerOf(space.divisionCode))
      .post(`/spaces/${space.id}/evaluations/${y}/district-check`, { outcome: 'PASS' });
    expect(checked.status).toBe(200);
  }

  function confirm(spaceId: string, y: number, body: Record<string, unknown> = { outcome: 'CONFIRM' }) {
    return city().post<EvaluationState & { code?: string }>(`/spaces/${spaceId}/evaluations/${y}/confirmation`, body);
  }

  it('opens a year once, however often it is opened, and asks each ACTIVE space once', async () => {
    const first = await scheduler().post<{ workflowId: string; opened: boolean }>(`/evaluation-cycles/${year}`);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ workflowId: `evaluation-${year}`, opened: true });
    expect((await scheduler().post<{ opened: boolean }>(`/evaluation-cycles/${year}`)).body.opened).toBe(false);
    expect((await city().post(`/evaluation-cycles/${year}`)).status).toBe(403);

    const progress = await cycleRequested(year);
    expect(progress.evaluations.byStatus).toEqual({ REQUESTED: 3 });
    expect(progress.workflow!.state).toMatchObject({ status: 'ALL_REQUESTED', requested: 3 });
    expect((await scheduler().post<{ opened: boolean }>(`/evaluation-cycles/${year}`)).body.opened).toBe(false);

    for (const { space } of Object.values(spaces)) {
      const request = await stack.tap.waitFor(space.id, 'evaluation.self-report.requested');
      expect(request.payload).toMatchObject({ year, dueOn: `${year + 1}-04-30` });
      expect(stack.tap.types(space.id).filter((t) => t === 'evaluation.self-report.requested')).toHaveLength(1);
    }
  });

  it('takes reports until 30 April, grades them by the scorecard, and a missing report is UNQUALIFIED after the deadline and its reminders', async () => {
    const { twiceUnqualified, missingThenQualified, excellent } = spaces;
    const wrongYear = await twiceUnqualified.operator.put(
      `/spaces/${twiceUnqualified.space.id}/evaluations/${year}/self-report`,
      selfReports.belowArt5(year - 1),
    );
    expect(wrongYear.status).toBe(400);
    expect(wrongYear.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ rule: 'INVALID' }] });
    expect(
      (await twiceUnqualified.operator.put(`/spaces/${twiceUnqualified.space.id}/evaluations/${year}/self-report`, selfReports.belowArt5(year))).status,
    ).toBe(200);
    expect(
      (await twiceUnqualified.operator.put(`/spaces/${twiceUnqualified.space.id}/evaluations/${year}/self-report`, selfReports.belowArt5(year))).status,
    ).toBe(409);
    expect((await excellent.operator.put(`/spaces/${excellent.space.id}/evaluations/${year}/self-report`, selfReports.excellent(year))).status).toBe(200);
    for (const { space } of [twiceUnqualified, excellent]) await districtCheck(space, year);
    // The district department reads the report as filed on the space's record, as it checks it.
    const filed = selfReports.excellent(year);
    const record = await stack.recorded(`${excellent.space.id}'s report on its record`, async () => {
      const r = (
        await stack
          .as(supervisors.districtOfficerOf(excellent.space.divisionCode))
          .get<{ evaluations: { year: number; selfReport: unknown }[] }>(`/spaces/${excellent.space.id}`)
      ).body;
      return r.evaluations.find((line) => line.year === year && line.selfReport);
    });
    expect(record.selfReport).toMatchObject({ evaluatedYear: year, performance: filed.performance });
    const someoneElse = await twiceUnqualified.operator.put(
      `/spaces/${missingThenQualified.space.id}/evaluations/${year}/self-report`,
      selfReports.qualified(year),
    );
    expect(someoneElse.status).toBe(404);

    await stack.sleepUntil(calendarDate(year + 1, 5, 1), 10);
    const late = await missingThenQualified.operator.put<{ code: string; errors: { article?: string }[] }>(
      `/spaces/${missingThenQualified.space.id}/evaluations/${year}/self-report`,
      selfReports.qualified(year),
    );
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'WRONG_STAGE', errors: [{ article: 'Art. 7' }] });

    const missing = missingThenQualified.space.id;
    expect((await scored(missing, year)).result).toMatchObject({ grade: 'D', reportFiled: false });
    await stack.tap.waitFor(missing, 'evaluation.result.scored');
    const timeline = stack.tap.of(missing).filter((e) => e.type.startsWith('evaluation.'));
    expect(timeline.map((e) => e.type)).toEqual([
      'evaluation.self-report.requested',
      'evaluation.self-report.reminded',
      'evaluation.self-report.reminded',
      'evaluation.self-report.reminded',
      'evaluation.self-report.missed',
      'evaluation.result.scored',
    ]);
    expect(timeline.filter((e) => e.type.endsWith('reminded')).map((e) => shanghaiDate(e.occurredAt))).toEqual(selfReportReminderDates(year, ANSHAN_2020));
    expect(shanghaiDate(timeline[4].occurredAt)).toBe(addDays(`${year + 1}-04-30` as CalendarDate, 1));

    const belowArt5 = await scored(twiceUnqualified.space.id, year);
    expect(belowArt5.result).toMatchObject({ grade: 'D', reportFiled: true });
    expect(belowArt5.result!.reasons.map((r) => r.ruleId)).toContain('ART5_2_AREA');
    expect((await scored(excellent.space.id, year)).result).toMatchObject({ grade: 'A' });
    expect(stack.tap.types(excellent.space.id)).not.toContain('evaluation.self-report.reminded');

    for (const { space } of Object.values(spaces)) expect((await confirm(space.id, year)).status).toBe(200);
    const recommended = await stack.tap.waitFor(excellent.space.id, 'space.recommended');
    expect(recommended.payload).toMatchObject({ year, grade: 'A', score: 100 });
    const list = await stack.recorded('the provincial list', async () => {
      const r = await city().get<{ spaceId: string }[]>(`/evaluation-cycles/${year}/recommendations`);
      return r.body.length === 1 && r.body;
    });
    expect(list[0].spaceId).toBe(excellent.space.id);
    const csv = await city().get<string>(`/evaluation-cycles/${year}/recommendations/export`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toContain(excellent.space.filingNumber);
    expect(stack.tap.types(missing)).not.toContain('space.revoked');
  });

  it('then revokes after two consecutive UNQUALIFIED years, but not after UNQUALIFIED then QUALIFIED', async () => {
    const { twiceUnqualified, missingThenQualified, excellent } = spaces;
    for (const { space } of [twiceUnqualified, missingThenQualified]) {
      await stack.recorded(
        `${year} confirmed for ${space.id}`,
        async () => (await city().get<{ grades: Record<string, string> }>(`/spaces/${space.id}`)).body.grades[year] === 'D',
      );
    }

    expect((await scheduler().post<{ opened: boolean }>(`/evaluation-cycles/${year + 1}`)).body.opened).toBe(true);
    await cycleRequested(year + 1);
    await twiceUnqualified.operator.put(`/spaces/${twiceUnqualified.space.id}/evaluations/${year + 1}/self-report`, selfReports.belowArt5(year + 1));
    await missingThenQualified.operator.put(`/spaces/${missingThenQualified.space.id}/evaluations/${year + 1}/self-report`, selfReports.qualified(year + 1));
    await excellent.operator.put(`/spaces/${excellent.space.id}/evaluations/${year + 1}/self-report`, selfReports.excellent(year + 1));
    for (const { space } of Object.values(spaces)) await districtCheck(space, year + 1);
    await stack.sleepUntil(calendarDate(year + 2, 5, 1), 10);

    expect((await scored(twiceUnqualified.space.id, year + 1)).result!.grade).toBe('D');
    expect((await confirm(twiceUnqualified.space.id, year + 1)).status).toBe(200);
    const revoked = await stack.tap.waitFor(twiceUnqualified.space.id, 'space.revoked');
    expect(revoked.payload).toMatchObject({ article: 'Art. 7', unqualifiedYears: [year, year + 1] });
    const record = await stack.recorded('the revocation on the space record', async () => {
      const r = await city().get<{ status: string; revocation: { article: string; reason: string } | null }>(`/spaces/${twiceUnqualified.space.id}`);
      return r.body.status === 'REVOKED' && r.body;
    });
    expect(record.revocation).toMatchObject({ article: 'Art. 7' });
    expect(record.revocation!.reason).toContain('连续2年度不合格');

    expect((await scored(missingThenQualified.space.id, year + 1)).result!.grade).toBe('C');
    expect((await confirm(missingThenQualified.space.id, year + 1)).status).toBe(200);
    const qualified = await stack.recorded('the qualified year to be judged', async () => {
      const s = (await evaluationOf(missingThenQualified.space.id, year + 1)).body;
      return s.consequence ? s : undefined;
    });
    expect(qualified.consequence).toBe('NONE');
    expect(stack.tap.types(missingThenQualified.space.id)).not.toContain('space.revoked');

    await scored(excellent.space.id, year + 1);
    const withoutReasons = await confirm(excellent.space.id, year + 1, { outcome: 'CORRECT', grade: 'B' });
    expect(withoutReasons.status).toBe(400);
    expect(withoutReasons.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ rule: 'REASON_REQUIRED' }] });
    const corrected = await confirm(excellent.space.id, year + 1, {
      outcome: 'CORRECT',
      grade: 'B',
      reasons: [{ text: '现场核查入驻团队少于申报 / fewer residents on site than reported', article: 'Art. 7' }],
    });
    expect(corrected.status).toBe(200);
    const confirmed = await stack.tap.waitFor(excellent.space.id, 'evaluation.result.confirmed', (e) => (e.payload as { year: number }).year === year + 1);
    expect(confirmed.payload).toMatchObject({ scoredGrade: 'A', grade: 'B', corrected: true });
    expect(stack.tap.of(excellent.space.id).filter((e) => e.type === 'space.recommended')).toHaveLength(1);
  });
});
