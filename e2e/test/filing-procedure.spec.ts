import { addCalendarMonths, addDays, CalendarDate, endOfDayShanghai } from '@makerspace/policy';
import { refusalOf, sampleFiling, staff, waitFor } from '@makerspace/testing';
import { FilingStack } from './support/filing-stack';

/**
 * The filing procedure of Art. 6 and Art. 9 end to end on real servers, months of it in seconds
 * on Temporal's time-skipping server: intake takes the application, the workflow runs every
 * stage, events go over Kafka, notices land in the notification inbox.
 */
describe('the filing procedure (Art. 6, Art. 9)', () => {
  const stack = new FilingStack();

  beforeAll(() => stack.start('procedure'), 120_000);
  afterAll(() => stack.stop());

  it('takes an application from submission through every stage to FILED, with its events and notices', async () => {
    const { applicationId, applicant, http, driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel([80, 75, 90]);

    const notice = await driver.state();
    expect(notice.stage).toBe('PUBLIC_NOTICE');
    // 7 full days after the day of publication (published 1 June: objections taken through 8 June).
    expect(notice.notice?.until).toBe(addDays(notice.notice!.from as CalendarDate, 7));
    await stack.env.sleep('8 days');

    await driver.approveAtMeeting('鞍科众备〔2026〕001');
    const result = await driver.handle.result();
    expect(result).toMatchObject({ status: 'FILED', filingNumber: '鞍科众备〔2026〕001' });

    await stack.tap.waitFor(applicationId, 'application.filed');
    const types = stack.tap.types(applicationId);
    expect(types[0]).toBe('application.submitted');
    for (const t of ['application.advanced', 'task.opened', 'task.completed', 'public-notice.opened', 'application.filed']) expect(types).toContain(t);
    expect(types.indexOf('public-notice.opened')).toBeLessThan(types.indexOf('application.filed'));
    const ids = stack.tap.of(applicationId).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);

    const inbox = await waitFor('the filed notice', async () => {
      const items = await stack.inbox(applicant.id);
      return items.some((i) => i.eventType === 'application.filed') && items;
    });
    expect(inbox.map((i) => i.eventType)).toEqual(
      expect.arrayContaining(['application.submitted', 'application.advanced', 'public-notice.opened', 'application.filed']),
    );
    const districtInbox = await stack.inbox('district-officer:210302');
    expect(districtInbox.some((i) => i.subject === applicationId && i.eventType === 'task.opened')).toBe(true);

    const app = await waitFor('intake to show FILED', async () => {
      const a = await http.get<{ status: string }>(`/applications/${applicationId}`);
      return a.body.status === 'FILED' && a;
    });
    expect(app.status).toBe(200);
  });

  it('returns an application twice at different stages for correction, then files it', async () => {
    const { applicationId, figures, driver } = await stack.submitApplication();
    await driver.returnAt('preliminary-review', staff.tiedongOfficer, [{ text: '补充租赁合同 / add the lease', article: 'Art. 5(2)' }]);
    expect((await driver.state()).status).toBe('RETURNED');
    await driver.resubmit(figures);
    await driver.recommend();
    await driver.passReReview();
    await driver.returnAt('on-site-inspection', staff.cityOfficer, [
      { text: '工位数与申报不符 / workstations differ from the declaration', article: 'Art. 5(3)' },
    ]);
    const returned = await driver.state();
    expect(returned).toMatchObject({ status: 'RETURNED', returnedAt: 'ON_SITE_INSPECTION' });
    await driver.resubmit({ ...figures, startupWorkstations: 42 });
    expect((await driver.task('on-site-inspection')).stage).toBe('ON_SITE_INSPECTION');
    expect((await driver.state()).figures.startupWorkstations).toBe(42);
    await driver.passInspection();
    await driver.expertPanel();
    await stack.env.sleep('8 days');
    await driver.approveAtMeeting('鞍科众备〔2026〕002');
    expect((await driver.handle.result()).status).toBe('FILED');
    const history = (await driver.state()).history;
    expect(history.filter((h) => h.action === 'returned').map((h) => h.stage)).toEqual(['PRELIMINARY_REVIEW', 'ON_SITE_INSPECTION']);
    const filed = await stack.tap.waitFor(applicationId, 'application.filed');
    expect(stack.tap.types(applicationId).filter((t) => t === 'application.resubmitted')).toHaveLength(2);
    // The space is filed with the figures in force: the last correction, not the submitted ones.
    expect((filed.payload as { figures: { startupWorkstations: number } }).figures.startupWorkstations).toBe(42);
    expect((filed.payload as { organisation: { uscc: string } }).organisation.uscc).toHaveLength(18);
  });

  it('lets the district reject, and shows the applicant the reasons with their articles', async () => {
    const { applicationId, http, driver } = await stack.submitApplication();
    expect(await refusalOf(driver.decide('preliminary-review', staff.tiexiOfficer, 'REJECT', { reasons: [{ text: 'x' }] }))).toMatch(/not for you/);
    expect(await refusalOf(driver.decide('preliminary-review', staff.tiedongOfficer, 'REJECT'))).toMatch(/must give its reasons/);
    expect((await driver.state()).openTasks).toHaveLength(1);
    await driver.decide('preliminary-review', staff.tiedongOfficer, 'REJECT', {
      reasons: [{ text: '场地面积不足500平方米 / venue under 500 m²', article: 'Art. 5(2)' }],
    });
    expect((await driver.handle.result()).status).toBe('REJECTED');

    const timeline = await waitFor('the rejection in the timeline', async () => {
      const t = await http.get<{ type: string; payload: { reasons: { text: string; article?: string }[] } }[]>(`/applications/${applicationId}/timeline`);
      return t.body.find((e) => e.type === 'application.rejected');
    });
    expect(timeline.payload.reasons).toEqual([{ text: '场地面积不足500平方米 / venue under 500 m²', article: 'Art. 5(2)' }]);
  });

  it('rejects on an upheld objection during public notice, and files despite a dismissed one', async () => {
    const upheld = await stack.submitApplication();
    const dismissed = await stack.submitApplication();
    for (const { driver } of [upheld, dismissed]) {
      await driver.recommend();
      await driver.passReReview();
      await driver.passInspection();
      await driver.expertPanel();
    }
    await upheld.driver.object('obj-1', '该空间实际入驻团队不足10个 / fewer than 10 residents in fact');
    await dismissed.driver.object('obj-2', '噪音扰民 / noise');
    await upheld.driver.decide('resolve-objection', staff.cityOfficer, 'UPHOLD_REJECT', {
      reasons: [{ text: '经核实入驻团队不足 / residents confirmed below 10', article: 'Art. 5(3)' }],
    });
    await dismissed.driver.decide('resolve-objection', staff.cityOfficer, 'DISMISS', { reasons: [{ text: '与备案条件无关 / unrelated to the conditions' }] });
    expect((await upheld.driver.handle.result()).status).toBe('REJECTED');

    await stack.env.sleep('8 days');
    expect(await refusalOf(dismissed.driver.object('obj-3', 'too late'))).toMatch(/under public notice|public notice is over/);
    await dismissed.driver.approveAtMeeting('鞍科众备〔2026〕003');
    expect((await dismissed.driver.handle.result()).status).toBe('FILED');
    const objectionEvents = stack.tap.of(dismissed.applicationId).filter((e) => e.type.startsWith('objection.'));
    expect(objectionEvents.map((e) => e.type)).toEqual(['objection.lodged', 'objection.resolved']);
  });

  it('takes an objection on the last day of the notice, 7 full days after publication, and refuses one the day after (Art. 6(4))', async () => {
    const { applicationId, driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    const { from, until } = (await driver.state()).notice!;
    expect(until).toBe(addDays(from as CalendarDate, 7));

    await stack.sleepUntil(until as CalendarDate, 20);
    const lastDay = await stack.object(applicationId, '最后一天提出的异议 / lodged on the last day');
    expect(lastDay).toMatchObject({ status: 201, body: { lodgedOn: until } });

    const dayAfter = addDays(until as CalendarDate, 1);
    await stack.sleepUntil(dayAfter, 9);
    const late = await stack.object(applicationId, '公示期满后提出的异议 / lodged the day after');
    expect(late).toMatchObject({ status: 409, body: { code: 'WRONG_STAGE', errors: [{ article: 'Art. 6(4)' }] } });
    expect(late.body.errors![0].message_en).toContain(`objections are taken through ${until}, not from ${dayAfter}`);
    expect(late.body.errors![0].message_zh).toContain(`异议受理至${until}（含当日）`);

    // The objection of the last day holds the application in public notice until the city resolves it.
    expect((await driver.state()).stage).toBe('PUBLIC_NOTICE');
    await driver.decide('resolve-objection', staff.cityOfficer, 'DISMISS', { reasons: [{ text: '经核实不成立 / not borne out' }] });
    await driver.approveAtMeeting('鞍科众备〔2026〕004');
    expect((await driver.handle.result()).status).toBe('FILED');
    expect(stack.tap.of(applicationId).filter((e) => e.type === 'objection.lodged')).toHaveLength(1);
  });

  it('disqualifies for fraud found in expert review and refuses the organisation for 2 years, not after', async () => {
    const { applicationId, organisationId, http, driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.decide('organise-expert-review', staff.cityOfficer, 'ASSIGN_PANEL', { experts: ['expert-1', 'expert-2', 'expert-3'] });
    await driver.disqualify([{ text: '伪造入驻协议 / forged resident agreements', article: 'Art. 9' }]);
    expect((await driver.handle.result()).status).toBe('DISQUALIFIED');
    const event = await stack.tap.waitFor(applicationId, 'application.disqualified');
    const { decidedOn, banEndsOn } = event.payload as { decidedOn: CalendarDate; banEndsOn: CalendarDate };
    expect(banEndsOn).toBe(addCalendarMonths(decidedOn, 24));

    const reapply = async (on: CalendarDate) => {
      stack.clock.set(new Date(endOfDayShanghai(on).getTime() - 12 * 3_600_000));
      const draft = await http.post<{ id: string }>('/applications', { ...sampleFiling(on).application, organisationId });
      return http.post<{ code: string; errors: { article?: string; message_en: string; message_zh: string }[] }>(`/applications/${draft.body.id}/submit`);
    };
    const refused = await waitFor('the ban to reach intake', async () => {
      const answer = await reapply(addDays(decidedOn, 1));
      return answer.status === 422 && answer;
    });
    expect(refused.body.code).toBe('BANNED');
    expect(refused.body.errors[0].article).toBe('Art. 9');
    // The refusal says which days the ban covers, in both languages.
    expect(refused.body.errors[0].message_en).toContain(`banned through ${banEndsOn}; may apply again from ${addDays(banEndsOn, 1)}`);
    expect(refused.body.errors[0].message_zh).toContain(`禁止申报至${banEndsOn}（含当日），自${addDays(banEndsOn, 1)}起可再次申报`);
    expect((await reapply(banEndsOn)).status).toBe(422);
    expect((await reapply(addDays(banEndsOn, 1))).status).toBe(201);
    stack.clock.set(new Date());
  });

  it('reminds an overdue district task, then escalates it to the city, which may decide it', async () => {
    const { applicationId, driver } = await stack.submitApplication();
    const task = await driver.task('preliminary-review');
    await stack.env.sleep('20 days');
    const escalated = await stack.tap.waitFor(applicationId, 'task.escalated');
    expect(escalated.payload).toMatchObject({ from: 'district-officer:210302', to: 'city-officer', dueOn: task.dueOn });
    const timerEvents = stack.tap
      .of(applicationId)
      .filter((e) => (e.payload as { taskId?: string }).taskId === task.taskId)
      .map((e) => e.type);
    expect(timerEvents).toEqual(['task.opened', 'task.reminded', 'task.reminded', 'task.overdue', 'task.escalated']);
    expect((await driver.state()).openTasks[0].escalated).toBe(true);
    await driver.decide('preliminary-review', staff.cityOfficer, 'RECOMMEND', {
      recommendation: { documentId: 'rec-city', summary: '市局代为推荐 / recommended by the city after escalation' },
    });
    expect((await driver.state()).stage).toBe('RE_REVIEW');
    await waitFor('the city inbox notice', async () =>
      (await stack.inbox('city-officer')).some((i) => i.subject === applicationId && i.eventType === 'task.escalated'),
    );
  });
});
