import { withdraw } from '@makerspace/contracts';
import { staff } from '@makerspace/testing';
import { FilingStack } from '../test/support/filing-stack';
import { devServer, record } from './support/recording';
import { reasons, recordingsOn } from './support/recordings-on';

/**
 * The filing procedure's histories recorded on the real Temporal server (docs/workflows.md,
 * Recorded histories): every path of Art. 6 and Art. 9 that needs no legal period to pass, run by
 * the real worker behind the real intake service. What waits out a period is in
 * filing-on-time-skipping-server.histories.ts.
 */

recordingsOn('filing', 'dev server', devServer, new FilingStack(), (stack) => {
  const rec = (handle: Parameters<typeof record>[1], name: string, scenario: string) => record(stack.env, handle, name, scenario);

  it('waits in public notice after passing every stage before it', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel([80, 75, 90]);
    await rec(driver.handle, 'in-public-notice', 'recommended by the district, passed re-review, inspection and the expert panel; waits out its public notice');
  });

  it('is returned at preliminary review, corrected, and waits in re-review', async () => {
    const { driver, figures } = await stack.submitApplication();
    await driver.returnAt('preliminary-review', staff.tiedongOfficer, reasons('补充租赁合同 / add the lease', 'Art. 5(2)'));
    await driver.resubmit({ ...figures, startupWorkstations: 42 });
    await driver.recommend();
    await rec(
      driver.handle,
      'returned-corrected-in-re-review',
      'returned for correction at preliminary review, resubmitted with corrected figures, recommended; waits on the city re-review',
    );
  });

  it('is withdrawn while returned for correction', async () => {
    const { driver, applicant } = await stack.submitApplication();
    await driver.recommend();
    await driver.returnAt('re-review', staff.cityOfficer, reasons('补充导师聘书 / add the mentor letters', 'Art. 5(5)'));
    await driver.handle.executeUpdate(withdraw, { args: [{ actor: applicant, reason: '重新准备材料 / preparing the documents again' }] });
    await driver.handle.result();
    await rec(driver.handle, 'withdrawn-while-returned', 'returned at re-review, then withdrawn by the applicant');
  });

  it('is rejected by the district', async () => {
    const { driver } = await stack.submitApplication();
    await driver.decide('preliminary-review', staff.tiedongOfficer, 'REJECT', { reasons: reasons('场地面积不足500平方米 / venue under 500 m²', 'Art. 5(2)') });
    await driver.handle.result();
    await rec(driver.handle, 'rejected-by-district', 'rejected at preliminary review by the district of the venue');
  });

  it('replaces an expert who declares a conflict, then waits in public notice', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.decide('organise-expert-review', staff.cityOfficer, 'ASSIGN_PANEL', { experts: ['expert-1', 'expert-2', 'expert-3'] });
    await driver.decide('expert-score', staff.expert(1), 'SCORE', { score: 82 }, (t) => t.assigneeId === 'expert-1');
    await driver.decide(
      'expert-score',
      staff.expert(2),
      'CONFLICT',
      { reasons: reasons('曾任该机构顾问 / former adviser of the organisation') },
      (t) => t.assigneeId === 'expert-2',
    );
    await driver.decide('assign-substitute', staff.cityOfficer, 'ASSIGN_SUBSTITUTE', { experts: ['expert-4'] });
    await driver.decide('expert-score', staff.expert(4), 'SCORE', { score: 78 }, (t) => t.assigneeId === 'expert-4');
    await driver.decide('expert-score', staff.expert(3), 'SCORE', { score: 88 }, (t) => t.assigneeId === 'expert-3');
    await rec(
      driver.handle,
      'expert-conflict-substituted',
      'an expert declares a conflict and the city names a substitute; the panel passes and the notice runs',
    );
  });

  it('is rejected when the expert panel scores below the threshold', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel([50, 55, 60]);
    await driver.handle.result();
    await rec(driver.handle, 'rejected-by-expert-panel', "the expert panel's mean score is below the ruleset's threshold");
  });

  it('is rejected on an objection upheld during public notice', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    await driver.object('obj-upheld', '该空间实际入驻团队不足10个 / fewer than 10 residents in fact');
    await driver.decide('resolve-objection', staff.cityOfficer, 'UPHOLD_REJECT', {
      reasons: reasons('经核实入驻团队不足 / residents confirmed below 10', 'Art. 5(3)'),
    });
    await driver.handle.result();
    await rec(driver.handle, 'objection-upheld-rejected', 'an objection lodged during public notice is upheld and the application rejected');
  });

  it('is disqualified on an objection that finds fraud', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.expertPanel();
    await driver.object('obj-fraud', '入驻协议系伪造 / the resident agreements are forged');
    await driver.decide('resolve-objection', staff.cityOfficer, 'UPHOLD_DISQUALIFY', {
      reasons: reasons('伪造入驻协议 / forged resident agreements', 'Art. 9'),
    });
    await driver.handle.result();
    await rec(driver.handle, 'objection-upheld-disqualified', 'an objection during public notice finds fraud: disqualified with the 2-year ban');
  });

  it('is disqualified for fraud found during expert review', async () => {
    const { driver } = await stack.submitApplication();
    await driver.recommend();
    await driver.passReReview();
    await driver.passInspection();
    await driver.decide('organise-expert-review', staff.cityOfficer, 'ASSIGN_PANEL', { experts: ['expert-1', 'expert-2', 'expert-3'] });
    await driver.disqualify(reasons('伪造入驻协议 / forged resident agreements', 'Art. 9'));
    await driver.handle.result();
    await rec(driver.handle, 'disqualified-in-expert-review', 'the city disqualifies the application for fraud while the experts score it');
  });
});
