import { addDays, type CalendarDate } from '@makerspace/policy';
import { staff, timeSkippingEnvironment } from '@makerspace/testing';
import { FilingStack } from '../test/support/filing-stack';
import { closed, record } from './support/recording';
import { reasons, recordingsOn } from './support/recordings-on';

/**
 * The filing procedure's histories that wait out a legal period (the public notice before the
 * meeting, the correction days, a task's due and escalation dates), recorded on Temporal's
 * time-skipping server, which alone passes days in a run (docs/workflows.md, Recorded histories).
 */

recordingsOn('filing', 'time-skipping server', timeSkippingEnvironment, new FilingStack(), (stack) => {
  const rec = (handle: Parameters<typeof record>[1], name: string, scenario: string) => record(stack.env, handle, name, scenario);

  it('passes every stage and is filed by the meeting', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel([80, 75, 90]);
    await stack.env.sleep('8 days');
    await driver.approveAtMeeting('鞍科众备〔2026〕101');
    await closed(driver.handle);
    await rec(driver.handle, 'filed', 'every stage of Art. 6 passed, the public notice runs out, the meeting approves: FILED with its filing number');
  });

  it('is returned at two stages, corrected each time, and filed', async () => {
    const { driver, figures } = await stack.submitApplication();
    await driver.returnAt('preliminary-review', staff.tiedongOfficer, reasons('补充租赁合同 / add the lease', 'Art. 5(2)'));
    await driver.resubmit(figures);
    await driver.recommend();
    await driver.passReReview();
    await driver.returnAt('on-site-inspection', staff.cityOfficer, reasons('工位数与申报不符 / workstations differ from the declaration', 'Art. 5(3)'));
    await driver.resubmit({ ...figures, startupWorkstations: 42 });
    await driver.passInspection();
    await driver.expertPanel();
    await stack.env.sleep('8 days');
    await driver.approveAtMeeting('鞍科众备〔2026〕102');
    await closed(driver.handle);
    await rec(driver.handle, 'returned-twice-then-filed', 'returned at preliminary review and at on-site inspection, corrected twice, then filed');
  });

  it('is filed despite an objection dismissed during public notice', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    await driver.object('obj-dismissed', '噪音扰民 / noise');
    await driver.decide('resolve-objection', staff.cityOfficer, 'DISMISS', { reasons: reasons('与备案条件无关 / unrelated to the conditions') });
    await stack.env.sleep('8 days');
    await driver.approveAtMeeting('鞍科众备〔2026〕103');
    await closed(driver.handle);
    await rec(driver.handle, 'objection-dismissed-then-filed', 'an objection is dismissed, the notice runs out, the meeting approves');
  });

  it('takes an objection on the last day of a notice of 7 full days, and is filed', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    const until = (await driver.state()).notice!.until as CalendarDate;
    await stack.sleepUntil(until, 20);
    await driver.object('obj-last-day', '最后一天提出的异议 / an objection on the last day');
    await driver.decide('resolve-objection', staff.cityOfficer, 'DISMISS', { reasons: reasons('经核实不成立 / not borne out') });
    await stack.sleepUntil(addDays(until, 1), 9);
    await driver.approveAtMeeting('鞍科众备〔2026〕108');
    await closed(driver.handle);
    await rec(
      driver.handle,
      'objection-on-last-day-then-filed',
      'a notice published under the patch public-notice-full-days: an objection on its last day (the 7th full day after publication) is taken and dismissed, the notice runs out, the meeting approves',
    );
  });

  it('is declined by the meeting', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    await stack.env.sleep('8 days');
    await driver.decide('director-meeting', staff.secretary, 'DECLINE', {
      reasons: reasons('会议认为孵化服务能力不足 / the meeting finds the incubation services too thin'),
    });
    await closed(driver.handle);
    await rec(driver.handle, 'declined-by-meeting', "the director's meeting declines: REJECTED");
  });

  it('lapses when a return is not corrected in time', async () => {
    const { driver } = await stack.submitApplication();
    await driver.returnAt('preliminary-review', staff.tiedongOfficer, reasons('补充租赁合同 / add the lease', 'Art. 5(2)'));
    await stack.env.sleep('31 days');
    await closed(driver.handle);
    await rec(driver.handle, 'correction-lapsed', 'returned for correction and not corrected within the correction days: REJECTED, with the reminders before');
  });

  it('reminds an overdue district task, escalates it, and the city decides it', async () => {
    const { driver, applicationId } = await stack.submitApplication();
    await driver.task('preliminary-review');
    await stack.env.sleep('20 days');
    await stack.tap.waitFor(applicationId, 'task.escalated');
    await driver.decide('preliminary-review', staff.cityOfficer, 'RECOMMEND', {
      recommendation: { documentId: 'rec-city', summary: '市局代为推荐 / recommended by the city after escalation' },
    });
    await driver.task('re-review');
    await rec(
      driver.handle,
      'overdue-escalated-decided-by-city',
      'the district task is reminded, overdue and escalated; the city recommends in its place; waits on re-review',
    );
  });
});
