import { randomInt } from 'node:crypto';
import type { ApplicationSummary, EventEnvelope, Page } from '@makerspace/contracts';
import { temporalSettings } from '@makerspace/config';
import { CalendarDate, endOfDayShanghai, todayInShanghai } from '@makerspace/policy';
import { TemporalGateway } from '@makerspace/temporal';
import { As, bootService, BootedService, httpClient, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { RunningWorker, startWorker } from '@makerspace/workflows';
import { AppModule } from '../src/app.module';
import { Clock } from '../src/clock/clock';
import { ManualClock } from '../src/clock/manual-clock';
import { INTAKE_SERVICE } from '../src/service';
import { PrismaService } from '../src/database/prisma.service';
import { TimelineConsumer } from '../src/timeline/timeline-consumer';
import { FilingDesk } from './support/filing-desk';

/** Six Chinese numerals, so this run's names are its own in a database other runs share. */
const tag = Array.from({ length: 6 }, () => '零一二三四五六七八九'[randomInt(10)]).join('');

/**
 * Staff find applications (and an applicant lists its own) on the real database, with the
 * applications submitted into their real filing procedures on Temporal and the statuses, stages
 * and due dates brought back by the events over Kafka.
 */
describe('case search: staff find applications within their jurisdiction, an applicant lists its own', () => {
  let worker: RunningWorker;
  let intake: BootedService;
  let desk: FilingDesk;
  const temporal = new TemporalGateway(temporalSettings());
  const clock = new ManualClock();
  const city: As = { id: 'city-officer-1', role: 'city-officer' };
  const tiedong: As = { id: 'district-tiedong', role: 'district-officer', scope: '210302' };

  type Case = { as: As; applicationId: string; uscc: string; spaceName: string; organisationName: string };
  const cases: Record<'ironEast' | 'taian' | 'draft' | 'secondTiedong', Case> = {} as never;

  async function drafted(as: As, divisionCode: string, spaceName: string, organisationName: string): Promise<Case> {
    const client = httpClient(intake.url, as);
    const sample = sampleFiling(todayInShanghai(new Date()), divisionCode);
    const org = await client.post<{ id: string }>('/organisations', { ...sample.organisation, name: organisationName });
    const draft = await client.post<{ id: string }>('/applications', { ...sample.application, spaceName, organisationId: org.body.id });
    expect(draft.status).toBe(201);
    return { as, applicationId: draft.body.id, uscc: sample.organisation.uscc, spaceName, organisationName };
  }

  async function submitted(as: As, divisionCode: string, spaceName: string, organisationName: string): Promise<Case> {
    const found = await drafted(as, divisionCode, spaceName, organisationName);
    expect((await httpClient(intake.url, as).post(`/applications/${found.applicationId}/submit`)).status).toBe(201);
    return found;
  }

  const search = (as: As, query: string) => httpClient(intake.url, as).get<Page<ApplicationSummary>>(`/applications?${query}`);
  const idsOf = (page: Page<ApplicationSummary>) => page.items.map((i) => i.applicationId);
  const named = (text: string) => `name=${encodeURIComponent(text)}&pageSize=100`;

  beforeAll(async () => {
    process.env.FILING_TASK_QUEUE = unique('filing-search');
    process.env.INTAKE_GROUP_ID = unique('intake-search');
    worker = await startWorker();
    intake = await bootService(AppModule, INTAKE_SERVICE, (b) => b.overrideProvider(Clock).useValue(clock));
    desk = new FilingDesk(await temporal.client());
    const applicant: As = { id: unique('applicant'), role: 'applicant' };
    cases.ironEast = await submitted(applicant, '210302', `铁东${tag}创客工场`, `鞍山${tag}孵化器有限公司`);
    cases.draft = await drafted(applicant, '210302', `铁东${tag}青年空间`, `鞍山${tag}青年发展有限公司`);
    cases.taian = await submitted({ id: unique('applicant'), role: 'applicant' }, '210321', `台安${tag}众创空间`, `台安${tag}科技服务有限公司`);
    cases.secondTiedong = await submitted({ id: unique('applicant'), role: 'applicant' }, '210302', `鞍钢${tag}双创基地`, `鞍山${tag}钢铁科技有限公司`);
    // The consumer has the procedures' first events: each in review at the district, its task's due date kept.
    await waitFor('the three submitted applications at preliminary review, with a due date', async () => {
      const page = (await search(city, `${named(tag)}&stage=PRELIMINARY_REVIEW`)).body;
      return page.items.length === 3 && page.items.every((i) => i.dueOn) ? page : undefined;
    });
  });

  afterAll(async () => {
    await intake?.close();
    await worker?.shutdown();
    await temporal.close();
  });

  it("indexes Chinese names by trigrams: the database's character type is UTF-8 (under C it makes none)", async () => {
    const [row] = await intake.app.get(PrismaService).$queryRaw<{ trigrams: number }[]>`SELECT cardinality(show_trgm('鞍钢智造')) AS trigrams`;
    expect(row.trigrams).toBeGreaterThan(0);
  });

  it('finds an application by part of a Chinese name, of the space or of its organisation, and lists no draft to staff', async () => {
    const bySpace = (await search(city, named(`${tag}创客`))).body;
    expect(idsOf(bySpace)).toEqual([cases.ironEast.applicationId]);
    expect(bySpace.items[0]).toMatchObject({
      spaceName: cases.ironEast.spaceName,
      organisationName: cases.ironEast.organisationName,
      uscc: cases.ironEast.uscc,
      divisionCode: '210302',
      status: 'SUBMITTED',
      stage: 'PRELIMINARY_REVIEW',
      filingNumber: null,
      overdue: false,
    });
    expect(idsOf((await search(city, named(`${tag}钢铁`))).body)).toEqual([cases.secondTiedong.applicationId]);
    expect(idsOf((await search(city, named(tag))).body)).not.toContain(cases.draft.applicationId);
    expect((await search(city, named(`${tag}不存在`))).body).toMatchObject({ items: [], total: 0 });
  });

  it('shows a district officer the applications of its own division only (Art. 6(1))', async () => {
    const own = (await search(tiedong, named(tag))).body;
    expect(idsOf(own).sort()).toEqual([cases.ironEast.applicationId, cases.secondTiedong.applicationId].sort());
    expect((await search(tiedong, `uscc=${cases.taian.uscc}`)).body.total).toBe(0);
    const elsewhere = await search(tiedong, `${named(tag)}&division=210321`);
    expect(elsewhere).toMatchObject({
      status: 403,
      body: { code: 'OUT_OF_JURISDICTION', errors: [{ pointer: '/division', rule: 'jurisdiction', article: 'Art. 6(1)' }] },
    });
    expect((await search({ id: 'expert-1', role: 'expert' }, named(tag))).status).toBe(403);
  });

  it("lists an applicant's own applications, its draft among them, and nobody else's", async () => {
    const own = (await search(cases.ironEast.as, 'pageSize=100')).body;
    expect(idsOf(own).sort()).toEqual([cases.ironEast.applicationId, cases.draft.applicationId].sort());
    expect(own.items.find((i) => i.applicationId === cases.draft.applicationId)).toMatchObject({
      status: 'DRAFT',
      submittedOn: null,
      dueOn: null,
      overdue: false,
    });
  });

  it('finds by USCC, and refuses one that fails its check character naming the field and the standard', async () => {
    expect(idsOf((await search(city, `uscc=${cases.taian.uscc.toLowerCase()}`)).body)).toEqual([cases.taian.applicationId]);
    const bad = await search(city, `uscc=${cases.taian.uscc.slice(0, 17)}${cases.taian.uscc[17] === '0' ? '1' : '0'}`);
    expect(bad).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', errors: [{ pointer: '/uscc', rule: 'GB 32100-2015' }] } });
  });

  it('filters by status, stage, division and year of submission', async () => {
    const year = Number(todayInShanghai(new Date()).slice(0, 4));
    expect((await search(city, `${named(tag)}&status=SUBMITTED&division=210321&year=${year}`)).body.items.map((i) => i.applicationId)).toEqual([
      cases.taian.applicationId,
    ]);
    expect((await search(city, `${named(tag)}&year=${year - 1}`)).body.total).toBe(0);
    expect((await search(city, `${named(tag)}&division=210300-HTZ`)).body.total).toBe(0);
    expect((await search(city, `${named(tag)}&stage=RE_REVIEW`)).body.total).toBe(0);
    const wrong = await search(city, 'status=LOST&stage=NOWHERE&division=21&year=1900&overdue=maybe');
    expect(wrong.status).toBe(400);
    expect((wrong.body as unknown as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort()).toEqual([
      '/division',
      '/overdue',
      '/stage',
      '/status',
      '/year',
    ]);
  });

  it('sorts and pages on the server: pages of one, in name order, never overlapping', async () => {
    const whole = (await search(city, `${named(tag)}&sort=spaceName&order=asc`)).body;
    expect(whole.items.map((i) => i.spaceName)).toEqual([...whole.items.map((i) => i.spaceName)].sort());
    const pages: string[] = [];
    for (let page = 1; page <= whole.total; page += 1) {
      const one = (await search(city, `name=${encodeURIComponent(tag)}&sort=spaceName&order=asc&pageSize=1&page=${page}`)).body;
      expect(one).toMatchObject({ page, pageSize: 1, total: whole.total });
      pages.push(...idsOf(one));
    }
    expect(pages).toEqual(idsOf(whole));
    expect((await search(city, 'sort=colour')).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ pointer: '/sort' }] });
  });

  it('finds the applications with a review task past its last day, and drops one once its task is done', async () => {
    const dueOn = (await search(city, named(`${tag}创客`))).body.items[0].dueOn as CalendarDate;
    const overdue = () => search(tiedong, `${named(tag)}&overdue=true`).then((r) => idsOf(r.body).sort());
    clock.set(new Date(endOfDayShanghai(dueOn).getTime() - 1)); // the last day
    expect(await overdue()).toEqual([]);
    clock.set(endOfDayShanghai(dueOn)); // the day after
    expect(await overdue()).toEqual([cases.ironEast.applicationId, cases.secondTiedong.applicationId].sort());
    expect(idsOf((await search(tiedong, `${named(tag)}&overdue=false`)).body)).toEqual([]);

    await desk.returnAtPreliminaryReview(cases.ironEast.applicationId, '210302');
    await waitFor('the return on record', async () => (await overdue()).length === 1 || undefined);
    expect(await overdue()).toEqual([cases.secondTiedong.applicationId]);
    clock.set(new Date());
  });

  it('finds a filed application by part of its filing number', async () => {
    const filingNumber = `鞍科众备〔2026〕${randomInt(100_000, 999_999)}`;
    const timeline = intake.app.get(TimelineConsumer);
    const { applicationId } = cases.secondTiedong;
    const filed: EventEnvelope = {
      id: `${applicationId}:application.filed:search`,
      type: 'application.filed',
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: applicationId,
      actor: { id: 'filing-workflow', role: 'system' },
      payload: {
        applicationId,
        organisationId: 'o',
        spaceName: cases.secondTiedong.spaceName,
        divisionCode: '210302',
        applicantUserId: cases.secondTiedong.as.id,
        spaceId: unique('space'),
        filingNumber,
        filedOn: todayInShanghai(new Date()),
      },
    };
    await timeline.record(filed);
    const found = (await search(tiedong, `filingNumber=${encodeURIComponent(filingNumber.slice(4))}`)).body;
    expect(found.items).toEqual([expect.objectContaining({ applicationId, status: 'FILED', filingNumber, overdue: false })]);
  });
});
