import { EventEnvelope, EventType } from '@makerspace/contracts';
import { todayInShanghai, addDays, CalendarDate } from '@makerspace/policy';
import { bootService, BootedService, httpClient, unique } from '@makerspace/testing';
import { AppModule } from '../src/app.module';
import { INTAKE_SERVICE } from '../src/service';
import { TimelineConsumer } from '../src/timeline/timeline-consumer';
import { anApplicantWithADraft } from './support/applicant';

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The public read models, fed the filing events the way the consumer receives them (straight to
 * its handler, so no made-up events travel on the shared topic).
 */
describe('the public registry and the notices under public notice', () => {
  let intake: BootedService;
  let timeline: TimelineConsumer;
  const publicClient = () => httpClient(intake.url);
  const today = () => todayInShanghai(new Date()) as CalendarDate;

  beforeAll(async () => {
    process.env.INTAKE_GROUP_ID = unique('intake-registry');
    intake = await bootService(AppModule, INTAKE_SERVICE);
    timeline = intake.app.get(TimelineConsumer);
  });

  afterAll(() => intake?.close());

  let sequence = 0;
  async function happened(type: EventType, app: Awaited<ReturnType<typeof anApplicantWithADraft>>, extra: Record<string, unknown>) {
    const { organisationId, applicationId, as, sample } = app;
    const event: EventEnvelope = {
      id: `${applicationId}:${type}:${++sequence}`,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: applicationId,
      actor: { id: 'filing-workflow', role: 'system' },
      payload: {
        applicationId,
        organisationId,
        spaceName: sample.application.spaceName,
        divisionCode: sample.application.divisionCode,
        applicantUserId: as.id,
        ...extra,
      },
    };
    await timeline.record(event);
    return event;
  }

  it('lists an application under public notice from the opening of the notice until it is filed, then the filed space', async () => {
    const app = await anApplicantWithADraft(intake.url, '210381');
    const until = addDays(today(), 6);
    await happened('public-notice.opened', app, { from: today(), until });

    const notices = await publicClient().get<Page<{ applicationId: string; from: string; until: string; organisationName: string }>>(
      '/public-notices?division=210381&pageSize=100',
    );
    expect(notices.status).toBe(200);
    expect(notices.body.items).toContainEqual(
      expect.objectContaining({ applicationId: app.applicationId, from: today(), until, organisationName: app.sample.organisation.name }),
    );

    const filingNumber = unique('AS-2026');
    await happened('application.filed', app, { spaceId: unique('space'), filingNumber, filedOn: today() });

    const after = await publicClient().get<Page<{ applicationId: string }>>('/public-notices?division=210381&pageSize=100');
    expect(after.body.items.map((n) => n.applicationId)).not.toContain(app.applicationId);
    const registry = await publicClient().get<Page<Record<string, string>>>(
      `/registry?name=${encodeURIComponent(app.sample.application.spaceName)}&division=210381&status=ACTIVE&pageSize=100`,
    );
    expect(registry.status).toBe(200);
    expect(registry.body.items).toContainEqual({
      spaceId: expect.any(String),
      filingNumber,
      spaceName: app.sample.application.spaceName,
      organisationName: app.sample.organisation.name,
      divisionCode: '210381',
      filedOn: today(),
      status: 'ACTIVE',
    });
  });

  it('takes a notice off the list when the application is rejected or withdrawn', async () => {
    const rejected = await anApplicantWithADraft(intake.url, '210321');
    const withdrawn = await anApplicantWithADraft(intake.url, '210321');
    for (const app of [rejected, withdrawn]) await happened('public-notice.opened', app, { from: today(), until: addDays(today(), 6) });
    await happened('application.rejected', rejected, { stage: 'PUBLIC_NOTICE', reasons: [{ text: 'objection upheld', article: 'Art. 6(4)' }] });
    await happened('application.withdrawn', withdrawn, { stage: 'PUBLIC_NOTICE' });

    const notices = await publicClient().get<Page<{ applicationId: string }>>('/public-notices?division=210321&pageSize=100');
    expect(notices.body.items.map((n) => n.applicationId)).not.toEqual(expect.arrayContaining([rejected.applicationId]));
    expect(notices.body.items.map((n) => n.applicationId)).not.toEqual(expect.arrayContaining([withdrawn.applicationId]));
  });

  it('does not list a notice whose period is over', async () => {
    const app = await anApplicantWithADraft(intake.url, '210323');
    await happened('public-notice.opened', app, { from: addDays(today(), -8), until: addDays(today(), -2) });
    const notices = await publicClient().get<Page<{ applicationId: string }>>('/public-notices?division=210323&pageSize=100');
    expect(notices.body.items.map((n) => n.applicationId)).not.toContain(app.applicationId);
  });

  it('records a filing once however often the event is delivered', async () => {
    const app = await anApplicantWithADraft(intake.url, '210311');
    const filingNumber = unique('AS-2026');
    const filed = await happened('application.filed', app, { spaceId: unique('space'), filingNumber, filedOn: today() });
    await timeline.record(filed);
    const registry = await publicClient().get<Page<{ filingNumber: string }>>(`/registry?division=210311&pageSize=100`);
    expect(registry.body.items.filter((s) => s.filingNumber === filingNumber)).toHaveLength(1);
  });

  it('searches by the name of the space or of the organisation, in any case, and pages', async () => {
    const app = await anApplicantWithADraft(intake.url, '210304');
    await happened('application.filed', app, { spaceId: unique('space'), filingNumber: unique('AS-2026'), filedOn: today() });
    const byOrganisation = await publicClient().get<Page<{ organisationName: string }>>(`/registry?name=${encodeURIComponent('创新孵化')}&pageSize=1`);
    expect(byOrganisation.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(byOrganisation.body.items).toHaveLength(1);
    expect(byOrganisation.body.total).toBeGreaterThanOrEqual(1);
    expect((await publicClient().get<Page<unknown>>(`/registry?name=${unique('no-such-space')}`)).body).toMatchObject({ items: [], total: 0 });
  });

  it('finds a filed space by part of its filing number and by the year it was filed', async () => {
    const app = await anApplicantWithADraft(intake.url, '210381');
    const filingNumber = `鞍科众备〔2026〕${unique('n')}`;
    await happened('application.filed', app, { spaceId: unique('space'), filingNumber, filedOn: '2025-06-30' });
    const found = await publicClient().get<Page<{ filingNumber: string }>>(`/registry?filingNumber=${encodeURIComponent(filingNumber.slice(4))}&year=2025`);
    expect(found.body.items.map((s) => s.filingNumber)).toEqual([filingNumber]);
    expect((await publicClient().get<Page<unknown>>(`/registry?filingNumber=${encodeURIComponent(filingNumber)}&year=2026`)).body.total).toBe(0);
  });

  /** A supervision event of a filed space, as the evaluation workflows publish it on the space topic. */
  function supervised(type: EventType, space: { spaceId: string; filingNumber: string }, payload: Record<string, unknown>): EventEnvelope {
    return {
      id: `${space.spaceId}:${type}:${++sequence}`,
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      subject: space.spaceId,
      actor: { id: 'supervision-workflow', role: 'system' },
      payload: { ...space, spaceName: 'x', organisationId: 'o', divisionCode: '210302', ...payload },
    };
  }

  it('shows approved changes of name, operator and location, and a revocation, on the filed space (Art. 7, Art. 8)', async () => {
    const app = await anApplicantWithADraft(intake.url, '210302');
    const space = { spaceId: unique('space'), filingNumber: unique('AS-2026') };
    await happened('application.filed', app, { ...space, filedOn: today() });
    const newOperator = await anApplicantWithADraft(intake.url, '210302');
    const change = (kind: string, values: Record<string, unknown>) =>
      supervised('change.approved', space, {
        changeId: unique('change'),
        kind,
        effectiveOn: today(),
        deadline: addDays(today(), 90),
        approvedOn: today(),
        reasons: [],
        change: { kind, effectiveOn: today(), ...values },
      });
    const byNumber = async () => {
      const page = await publicClient().get<Page<Record<string, string>>>(`/registry?pageSize=100&division=210303`);
      return page.body.items.find((s) => s.filingNumber === space.filingNumber);
    };

    await timeline.record(change('NAME', { name: '鞍山新名创客空间' }));
    await timeline.record(
      change('OPERATING_ORGANISATION', {
        organisation: { uscc: newOperator.sample.organisation.uscc, registeredOn: '2020-01-01', independentLegalPerson: true },
      }),
    );
    const moved = change('LOCATION', { venue: { divisionCode: '210303' }, areas: { totalAreaM2: 800, workstationAreaM2: 450, publicServiceAreaM2: 200 } });
    await timeline.record(moved);
    await timeline.record(moved);
    expect(await byNumber()).toMatchObject({
      spaceName: '鞍山新名创客空间',
      organisationName: newOperator.sample.organisation.name,
      divisionCode: '210303',
      status: 'ACTIVE',
    });

    const revoked = supervised('space.revoked', space, {
      revokedOn: today(),
      article: 'Art. 7',
      reasons: [{ text: 'two consecutive unqualified years' }],
      unqualifiedYears: [2025, 2026],
    });
    await timeline.record(revoked);
    await timeline.record(revoked);
    expect(await byNumber()).toMatchObject({ status: 'REVOKED' });
    const active = await publicClient().get<Page<{ filingNumber: string }>>(`/registry?division=210303&status=ACTIVE&pageSize=100`);
    expect(active.body.items.map((s) => s.filingNumber)).not.toContain(space.filingNumber);
  });

  it('lists a space imported at go-live as it lists a filed one, once however often the import is delivered', async () => {
    const space = { spaceId: unique('space'), filingNumber: unique('AS-2021') };
    const operator = unique('鞍山市老牌运营有限公司');
    const uscc = '91210302MA0XXXXXXX';
    const asImported = {
      spaceName: '鞍山老牌创客空间',
      organisationId: uscc,
      organisationName: operator,
      uscc,
      divisionCode: '210304',
      filedOn: '2021-04-18',
      status: 'ACTIVE',
      importId: unique('import'),
    };
    const imported = supervised('space.imported', space, asImported);
    const listed = async () => (await publicClient().get<Page<Record<string, string>>>(`/registry?name=${encodeURIComponent(operator)}&pageSize=100`)).body;

    await timeline.record(imported);
    await timeline.record(imported);
    expect(await listed()).toMatchObject({
      total: 1,
      items: [{ ...space, spaceName: '鞍山老牌创客空间', organisationName: operator, divisionCode: '210304', filedOn: '2021-04-18', status: 'ACTIVE' }],
    });
    expect(Object.keys((await listed()).items[0]).sort()).toEqual([
      'divisionCode',
      'filedOn',
      'filingNumber',
      'organisationName',
      'spaceId',
      'spaceName',
      'status',
    ]);

    // Later supervision events set its entry; the import delivered again after them changes nothing.
    await timeline.record(
      supervised('change.approved', space, {
        changeId: unique('change'),
        kind: 'NAME',
        effectiveOn: today(),
        deadline: addDays(today(), 90),
        approvedOn: today(),
        reasons: [],
        change: { kind: 'NAME', effectiveOn: today(), name: '鞍山老牌创客空间（新址）' },
      }),
    );
    await timeline.record(imported);
    expect(await listed()).toMatchObject({ total: 1, items: [{ spaceId: space.spaceId, spaceName: '鞍山老牌创客空间（新址）', status: 'ACTIVE' }] });

    // A filing number the registry already lists is not listed a second time under another id.
    await timeline.record(supervised('space.imported', { spaceId: unique('space'), filingNumber: space.filingNumber }, asImported));
    expect((await listed()).total).toBe(1);
  });

  it('refuses a query it cannot answer, listing the bad parameters', async () => {
    const answer = await publicClient().get<{ errors: { pointer: string }[] }>('/registry?status=GONE&pageSize=1000');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((i) => i.pointer)).toEqual(expect.arrayContaining(['/status', '/pageSize']));
  });
});
