import { temporalSettings } from '@makerspace/config';
import { TemporalGateway } from '@makerspace/temporal';
import { type CalendarDate, endOfDayShanghai, testing } from '@makerspace/policy';
import { As, bootService, BootedService, httpClient, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { ManualClock } from '../src/clock/manual-clock';
import { AppModule } from '../src/app.module';
import { Clock } from '../src/clock/clock';
import { INTAKE_SERVICE } from '../src/service';
import { FilingDesk } from './support/filing-desk';

interface Report {
  rulesetVersion: number;
  passed: boolean;
  verdicts: { ruleId: string; passed: boolean; required: unknown }[];
}

const PER_RESIDENTS = ['ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', 'ART5_5_MENTORS_PER_RESIDENTS'];

/**
 * Ruleset version 2 (in force from 2026-12-07) counts every declared resident for the per-15
 * minimums of Art. 5(5). A space with 20 residents, 6 of them there for more than 36 months, 1
 * professional staff member and 1 mentor met version 1; it does not meet version 2. An application
 * keeps the version it was submitted under: its pre-check and its answer to a return are judged by
 * it after version 2 took effect, while a new application with the same figures is refused.
 */
describe('an application keeps the ruleset version it was submitted under (Art. 5(5) read anew in version 2)', () => {
  const clock = new ManualClock();
  const temporal = new TemporalGateway(temporalSettings());
  let worker: RunningWorker;
  let intake: BootedService;
  let desk: FilingDesk;
  const as: As = { id: unique('applicant'), role: 'applicant' };
  const client = () => httpClient(intake.url, as);

  const onDay = (date: CalendarDate) => clock.set(new Date(endOfDayShanghai(date).getTime() - 12 * 3_600_000));
  const figuresOn = (on: CalendarDate) => ({
    ...sampleFiling(on).application.figures,
    residents: [...testing.someResidents(14, '2026-01-05'), ...testing.someResidents(6, '2022-03-01').map((r, i) => ({ ...r, name: `Long-stay ${i + 1}` }))],
    staff: { total: 1, professionalIncubation: 1, property: 0 },
    mentors: [{ name: 'Mentor A', appointedBy: 'INCUBATOR' as const }],
  });
  const draftOn = async (on: CalendarDate) => {
    const sample = sampleFiling(on);
    const org = await client().post<{ id: string }>('/organisations', sample.organisation);
    const draft = await client().post<{ id: string }>('/applications', { ...sample.application, figures: figuresOn(on), organisationId: org.body.id });
    expect(draft.status).toBe(201);
    return draft.body.id;
  };
  const perResidents = (report: Report) => report.verdicts.filter((v) => PER_RESIDENTS.includes(v.ruleId)).map((v) => [v.ruleId, v.passed, v.required]);

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-intake-versions');
    process.env.INTAKE_GROUP_ID = unique('intake-versions');
    worker = await startWorker();
    intake = await bootService(AppModule, INTAKE_SERVICE, (b) => b.overrideProvider(Clock).useValue(clock));
    desk = new FilingDesk(await temporal.client());
  });

  afterAll(async () => {
    await intake?.close();
    await worker?.shutdown();
    await temporal.close();
  });

  it('submitted on 2026-12-06 under version 1, it keeps its verdict after 2026-12-07; the same figures submitted after are refused', async () => {
    onDay('2026-12-06');
    const before = await draftOn('2026-12-06');
    const submitted = await client().post<{ rulesetVersion: number; submittedOn: string }>(`/applications/${before}/submit`);
    expect(submitted).toMatchObject({ status: 201, body: { rulesetVersion: 1, submittedOn: '2026-12-06' } });

    onDay('2026-12-08');
    const precheck = await client().get<{ report: Report }>(`/applications/${before}/precheck`);
    expect(precheck.body.report).toMatchObject({ rulesetVersion: 1, passed: true });
    expect(perResidents(precheck.body.report)).toEqual([
      ['ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', true, 1],
      ['ART5_5_MENTORS_PER_RESIDENTS', true, 1],
    ]);

    // Returned for correction, its answer with the same figures is judged under version 1 too.
    await desk.returnAtPreliminaryReview(before, '210302');
    const revision = await waitFor('the return in intake', async () => {
      const app = await client().get<{ status: string; revision: number }>(`/applications/${before}`);
      return app.body.status === 'RETURNED' && app.body.revision;
    });
    const answer = await client().post(`/applications/${before}/resubmit`, { figures: figuresOn('2026-12-06'), revision });
    expect(answer).toMatchObject({ status: 200, body: { status: 'IN_REVIEW' } });

    const after = await draftOn('2026-12-08');
    const refused = await client().post<{ code: string; errors: { rule: string; article: string }[] }>(`/applications/${after}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CONDITIONS_NOT_MET');
    expect(refused.body.errors.map((i) => [i.rule, i.article])).toEqual(PER_RESIDENTS.map((rule) => [rule, 'Art. 5(5)']));
    const newPrecheck = await client().get<{ report: Report }>(`/applications/${after}/precheck`);
    expect(perResidents(newPrecheck.body.report)).toEqual([
      ['ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS', false, 2],
      ['ART5_5_MENTORS_PER_RESIDENTS', false, 2],
    ]);
  });
});
