import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { todayInShanghai } from '@makerspace/policy';
import { provisionPerson, sampleFiling, unique } from '@makerspace/testing';
import { tabTo, unlabelledControls } from './support/accessibility';
import { fillWizard, registerOrganisation } from './support/applicant-forms';
import { Browser } from './support/browser';
import { ConsoleStack } from './support/console-stack';
import { zh } from './support/labels';
import { peopleOfRun, registerAtKeycloak, signIn, signInByKeyboard } from './support/people';
import { decide } from './support/staff-forms';
import { reloadUntil } from './support/wait-on-page';

const SCREENSHOTS = process.env.CONSOLE_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', '.stack', 'test-results', 'console-screenshots');
// Tai'an County: a division the other suites leave alone, so its desk holds this run's task only.
const DIVISION = '210321';

/** A one-page PDF, as intake judges a file by its bytes. */
const A_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * The filing procedure of Art. 6 through the web console in headless Chromium, on the real
 * PostgreSQL and Kafka and the time-skipping Temporal server: an applicant registers and files,
 * answers a return for correction, the district, the city, three experts and the director's
 * meeting take the application through every stage, the public objects during the notice and
 * finds the filed space in the registry; the operator reports a change of name and the city
 * approves it from its supervision tasks.
 */
describe('the web console, end to end in a browser', () => {
  const stack = new ConsoleStack();
  let browser: Browser;
  const people = peopleOfRun(DIVISION);
  const sample = sampleFiling(todayInShanghai(new Date()), DIVISION);
  const spaceName = `${sample.application.spaceName} ${unique('').slice(-6)}`;
  let applicationId = '';

  beforeAll(async () => {
    await stack.start('console');
    browser = new Browser(stack.url, SCREENSHOTS);
    await browser.open();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  // Ten people, each signing in on Keycloak's page, through every stage: minutes on two shared cores.
  it('takes an application from the wizard to the public registry, every person at the console', async () => {
    // The applicant makes its own account on Keycloak's registration page, registers the
    // organisation (its district will check it) and fills the wizard; the pre-check beside it turns green.
    const applicant = await browser.tab();
    await registerAtKeycloak(applicant, people.applicant);
    const organisationId = await registerOrganisation(applicant, sample.organisation);
    await applicant
      .getByTestId('organisation-binding')
      .filter({ hasText: zh('binding.AWAITING_CHECK') })
      .waitFor();
    await applicant
      .getByTestId('signed-in-as')
      .filter({ hasText: zh('signIn.organisationUnbound') })
      .waitFor();
    const unlabelled: string[] = [];
    await fillWizard(applicant, sample.application, spaceName, unlabelled);
    expect(unlabelled).toEqual([]);
    await applicant.locator('.precheck .verdict.ok').waitFor();
    expect(await applicant.locator('.precheck li.bad').count()).toBe(0);
    await browser.screenshot(applicant, 'wizard-precheck');

    // Saved as a draft, evidence uploaded with its progress, then submitted from the draft's page.
    await applicant.getByRole('button', { name: zh('wizard.saveDraft'), exact: true }).click();
    await applicant.getByRole('link', { name: zh('wizard.openDraft'), exact: true }).click();
    applicationId = decodeURIComponent(applicant.url().split('#/applications/')[1]);
    await applicant.getByRole('link', { name: zh('application.continue'), exact: true }).click();
    await expect(applicant.getByLabel(zh('wizard.spaceName'), { exact: true }).inputValue()).resolves.toBe(spaceName);
    await applicant.goBack();
    await applicant.getByLabel(zh('evidence.kind'), { exact: true }).selectOption('lease-or-title');
    await applicant.getByLabel(zh('evidence.file'), { exact: true }).setInputFiles({ name: '租赁合同.pdf', mimeType: 'application/pdf', buffer: A_PDF });
    await applicant.getByRole('button', { name: zh('evidence.upload'), exact: true }).click();
    await applicant.getByRole('button', { name: '租赁合同.pdf' }).waitFor();
    const [evidence] = await Promise.all([applicant.waitForEvent('download'), applicant.getByRole('button', { name: '租赁合同.pdf' }).click()]);
    expect(await readFile((await evidence.path()) as string)).toEqual(A_PDF);
    await applicant.getByRole('button', { name: zh('wizard.submit'), exact: true }).click();
    await reloadUntil(applicant, applicant.getByTestId('application-status').filter({ hasText: /已提交|审核中/ }));

    // The district checks the organisation and binds the applicant's account to it; then it returns
    // the application for correction, with reasons and the article.
    const district = await browser.tab();
    await signIn(district, people.district);
    const check = district.locator(`[data-organisation="${organisationId}"]`);
    await reloadUntil(district, check);
    await check.getByRole('button', { name: zh('binding.confirm'), exact: true }).click();
    await check.waitFor({ state: 'detached' });
    await reloadUntil(district, district.locator(`a[href="#/review/${applicationId}"]`));
    await browser.screenshot(district, 'inbox');
    await decide(district, applicationId, '初审并书面推荐', { outcome: 'RETURN', reason: '请补充租赁合同的备案页', article: 'Art. 5(2)' });

    // The applicant reads the reasons in the timeline and answers the return.
    await reloadUntil(applicant, applicant.getByTestId('application-status').filter({ hasText: zh('status.RETURNED') }));
    await applicant.locator('.timeline').getByText('请补充租赁合同的备案页').first().waitFor();
    await applicant.getByLabel(zh('figures.startupWorkstations'), { exact: true }).fill('42');
    await applicant.getByLabel(zh('return.note'), { exact: true }).fill('已补充租赁合同备案页');
    await browser.screenshot(applicant, 'return-answer');
    await applicant.getByRole('button', { name: zh('return.submit'), exact: true }).click();
    await reloadUntil(applicant, applicant.getByTestId('application-status').filter({ hasText: zh('status.IN_REVIEW') }));

    // District recommends; the city re-reviews, inspects and picks the panel from the expert pool
    // (the bureau keeps its experts in Keycloak's group of experts, with their field and organisation).
    for (const expert of people.experts)
      await provisionPerson(expert, { expertField: '电子信息', expertOrganisation: '辽宁科技大学', expertOrganisationUscc: '12210300A012345673' });
    await decide(district, applicationId, '初审并书面推荐', { outcome: 'RECOMMEND', documentId: '台科推〔2026〕12号', summary: '同意推荐' });
    const city = await browser.tab();
    await signIn(city, people.city);
    await decide(city, applicationId, '复审', { outcome: 'PASS' });
    await decide(city, applicationId, '现场核查', {
      outcome: 'PASS',
      reason: '场地与申报一致',
      findings: [{ figure: 'totalAreaM2', declared: '800', found: '805' }],
    });
    await decide(city, applicationId, '组织专家评审', { outcome: 'ASSIGN_PANEL', experts: people.experts.map((e) => e.id) });

    // Each expert finds the scoring task in the inbox and scores.
    for (const [i, expert] of people.experts.entries()) {
      const tab = await browser.tab();
      await signIn(tab, expert);
      await reloadUntil(tab, tab.locator(`a[href="#/review/${applicationId}"]`));
      await decide(
        tab,
        applicationId,
        '专家评分',
        { outcome: 'SCORE', score: 80 + i * 5 },
        i === 0 ? () => browser.screenshot(tab, 'expert-scoring') : undefined,
      );
      await tab.close();
    }

    // The public finds it under notice and lodges an objection by keyboard alone.
    const visitor = await browser.tab('#/notices');
    const notice = visitor.getByRole('article', { name: spaceName });
    await reloadUntil(visitor, notice);
    expect(await unlabelledControls(visitor)).toEqual([]);
    await notice.getByLabel(zh('notices.objection'), { exact: true }).focus();
    await visitor.keyboard.type('入驻团队数量与实际不符');
    await tabTo(visitor, zh('notices.contact'));
    await visitor.keyboard.type('13800000000');
    await tabTo(visitor, zh('notices.lodge'));
    await visitor.keyboard.press('Enter');
    await notice.getByRole('status').waitFor();
    await browser.screenshot(visitor, 'public-notice');

    // The city resolves the objection; the notice period runs out in simulated time.
    await decide(city, applicationId, '处理公示异议', { outcome: 'DISMISS', reason: '经核实入驻团队数量属实', article: 'Art. 5(3)' });
    await stack.env.sleep('8 days');

    // The city looks at last year's evaluation and exports the provincial list as CSV for Excel (UTF-8 with its BOM).
    await city.goto(new URL('#/evaluation', city.url()).href);
    const lastYear = new Date().getFullYear() - 1;
    await city.getByRole('heading', { name: zh('evaluation.progress', { year: lastYear }), exact: true }).waitFor();
    const [download] = await Promise.all([city.waitForEvent('download'), city.getByRole('button', { name: zh('evaluation.exportCsv'), exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`recommendations-${lastYear}.csv`);
    const csv = await readFile((await download.path()) as string);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // The director's meeting secretary, signed in by keyboard alone, records the approval.
    const secretary = await browser.tab('#/sign-in');
    await signInByKeyboard(secretary, people.secretary);
    await secretary.goto(new URL('#/meeting', secretary.url()).href);
    const item = secretary.locator('fieldset', { has: secretary.locator(`a[href="#/review/${applicationId}"]`) });
    await reloadUntil(secretary, item);
    expect(await unlabelledControls(secretary)).toEqual([]);
    await item.getByLabel(zh('meeting.include', { application: spaceName }), { exact: true }).check();
    await browser.screenshot(secretary, 'meeting-record');
    await secretary.getByRole('button', { name: zh('meeting.submit'), exact: true }).click();
    const result = secretary.getByTestId('meeting-result').filter({ hasText: spaceName });
    await result.waitFor();
    const filingNumber = /鞍科众备〔\d{4}〕\d{3}/.exec((await result.textContent()) ?? '')?.[0];
    expect(filingNumber).toBeDefined();

    // The applicant sees it filed and, its account bound to the organisation the district checked
    // (the organisation in its tokens), reports a change of name (Art. 8).
    await reloadUntil(applicant, applicant.getByTestId('application-status').filter({ hasText: zh('status.FILED') }));
    await browser.screenshot(applicant, 'application-timeline');

    // The filing certificate appears on the application's page once issued; its code opens the
    // public verification, which confirms the downloaded file as genuine.
    const documents = applicant.getByRole('region', { name: zh('documents.title'), exact: true });
    await reloadUntil(applicant, documents);
    const [certificateDownload] = await Promise.all([
      applicant.waitForEvent('download'),
      documents.getByRole('button', { name: zh('documentKind.filing-certificate'), exact: true }).click(),
    ]);
    const certificate = await certificateDownload.path();
    await documents.getByRole('link').click();
    await applicant.getByRole('heading', { name: zh('verify.issued'), exact: true }).waitFor();
    await applicant.getByText(filingNumber!, { exact: true }).waitFor();
    await applicant.getByLabel(zh('verify.file'), { exact: true }).setInputFiles(certificate);
    await applicant.getByRole('button', { name: zh('verify.check'), exact: true }).click();
    await applicant
      .getByRole('status')
      .filter({ hasText: zh('verify.verdict.GENUINE') })
      .waitFor();
    await browser.screenshot(applicant, 'certificate-verified');
    await applicant.goto(new URL('#/organisation', applicant.url()).href);
    await reloadUntil(applicant, applicant.locator('[data-binding="CONFIRMED"]'));
    await applicant
      .getByTestId('signed-in-as')
      .filter({ hasText: zh('signIn.organisationBound') })
      .waitFor();
    await applicant.goto(new URL(`#/applications/${applicationId}`, applicant.url()).href);
    await reloadUntil(applicant, applicant.getByRole('link', { name: zh('space.open'), exact: true }));
    await applicant.getByRole('link', { name: zh('space.open'), exact: true }).click();
    await reloadUntil(applicant, applicant.getByRole('heading', { name: spaceName, exact: true }));
    await applicant.getByText(zh('changeReport.title'), { exact: true }).click();
    const change = applicant.getByRole('form', { name: zh('changeReport.title'), exact: true });
    expect(await unlabelledControls(applicant)).toEqual([]);
    await change.getByLabel(zh('changeReport.effectiveOn'), { exact: true }).fill(todayInShanghai(new Date()));
    await change.getByLabel(zh('changeReport.newName'), { exact: true }).fill(`${spaceName}(更名)`);
    await change.getByLabel(zh('changeReport.documentId'), { exact: true }).fill('鞍市监变〔2026〕88号');
    await change.getByRole('button', { name: zh('changeReport.submit'), exact: true }).click();
    await applicant
      .getByRole('status')
      .filter({ hasText: zh('changeReport.reported') })
      .waitFor();
    await reloadUntil(
      applicant,
      applicant
        .getByRole('region', { name: zh('space.changes') })
        .getByRole('listitem')
        .filter({ hasText: zh('change.NAME') }),
    );
    await browser.screenshot(applicant, 'space-change-report');

    // The city finds the change among its supervision tasks once the space is re-checked (Art. 5), and approves it.
    await city.goto(new URL('#/inbox', city.url()).href);
    const changeTask = city.locator('[data-supervision-stage="CHANGE_REVIEW"]').filter({ hasText: spaceName }).getByRole('link');
    await reloadUntil(city, changeTask);
    await changeTask.first().click();
    const changeDecision = city.getByRole('form', { name: zh('changeDecision.title'), exact: true });
    await changeDecision.waitFor();
    expect(await unlabelledControls(city)).toEqual([]);
    await changeDecision.getByLabel(zh('decision.outcome'), { exact: true }).selectOption('APPROVE');
    await changeDecision.getByLabel(/^理由/).fill('更名手续齐全,与营业执照一致');
    await changeDecision.getByLabel(zh('decision.article'), { exact: true }).fill('Art. 8');
    await browser.screenshot(city, 'change-review');
    await changeDecision.getByRole('button', { name: zh('decision.submit'), exact: true }).click();
    await city
      .getByRole('status')
      .filter({ hasText: zh('supervision.recorded', { what: zh('changeDecision.title') }) })
      .waitFor();
    await reloadUntil(city, city.getByTestId('change-status').filter({ hasText: zh('changeStatus.APPROVED') }));

    // The public finds it in the registry, in Chinese and in English, on a phone too.
    await visitor.goto(new URL('#/', visitor.url()).href);
    await visitor.getByLabel(zh('registry.name'), { exact: true }).fill(spaceName);
    await visitor.getByRole('button', { name: zh('registry.search'), exact: true }).click();
    const row = visitor.getByRole('row', { name: new RegExp(spaceName) });
    await reloadUntilSearched(visitor, row, spaceName);
    await expect(row.textContent()).resolves.toContain(filingNumber);
    await browser.screenshot(visitor, 'registry');
    await visitor.getByRole('button', { name: 'English', exact: true }).click();
    await visitor.getByRole('heading', { name: 'Registry of filed maker spaces' }).waitFor();
    await visitor.setViewportSize({ width: 390, height: 844 });
    await browser.screenshot(visitor, 'registry-phone-en');
  }, 480_000);
});

/** The registry follows the application.filed event: search again until the space is listed. */
async function reloadUntilSearched(page: Page, row: ReturnType<Page['getByRole']>, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await row.isVisible())) {
    if (Date.now() > deadline) throw new Error(`${name} did not appear in the registry`);
    await page.waitForTimeout(1_000);
    await page.getByLabel(zh('registry.name'), { exact: true }).fill(name);
    await page.getByRole('button', { name: zh('registry.search'), exact: true }).click();
  }
}
