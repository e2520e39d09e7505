import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { temporalSettings } from '@makerspace/config';
import { type ActingPerson, spaceEvaluationWorkflow, type WorkflowFunction } from '@makerspace/contracts';
import { dateParts, type Language, selectRuleset, RULESETS, todayInShanghai } from '@makerspace/policy';
import { FilingDriver, httpClient, sampleFiling, unique, waitFor } from '@makerspace/testing';
import { translator, type Translate } from '../src/i18n/translate';
import type { Route } from '../src/routing/route';
import { fillWizard, registerOrganisation } from './support/applicant-forms';
import { Browser } from './support/browser';
import { ConsoleStack } from './support/console-stack';
import { zh } from './support/labels';
import { pageText, wordsNotForPeople } from './support/page-words';
import { peopleOfRun, signIn } from './support/people';
import { reloadUntil } from './support/wait-on-page';

/** Every page of the console; the compiler fails here when a page is added to Route and not walked. */
const PAGES = [
  'registry',
  'notices',
  'sign-in',
  'organisation',
  'applications',
  'new-application',
  'application',
  'edit-application',
  'inbox',
  'search',
  'review',
  'space',
  'meeting',
  'evaluation',
  'supervised-evaluation',
  'supervised-change',
  'verify',
  'not-found',
] as const satisfies readonly Route['page'][];
type Walked = (typeof PAGES)[number];
const everyPageWalked: [Exclude<Route['page'], Walked>] extends [never] ? true : never = true;

// Xiuyan: a division the other suites leave alone, so its desk holds this run's tasks only.
const DIVISION = '210323';
const LANGUAGES: readonly Language[] = ['zh', 'en'];

/**
 * Every page of the console in both languages, each showing what it shows a person in use (a
 * returned application with its reasons, a notice with an objection, a meeting's agenda, a change
 * and an evaluation under supervision), with content in Chinese: no page may show a message key,
 * a code of the machine, an id, or words of the other language (support/page-words.ts). The
 * procedure is driven through the services and the workflow as staff would; the pages are read
 * in headless Chromium on the real stack.
 */
describe('every page of the console speaks words for people, in Chinese and in English', () => {
  const stack = new ConsoleStack();
  let browser: Browser;
  const people = peopleOfRun(DIVISION);
  const today = todayInShanghai(new Date());
  const sample = sampleFiling(today, DIVISION);
  const spaceName = `岫岩创客空间${unique('').slice(-6)}`;
  const walked = new Set<string>();

  beforeAll(async () => {
    await stack.start('words');
    browser = new Browser(stack.url, process.env.CONSOLE_SCREENSHOT_DIR ?? join(__dirname, '..', '..', '..', '.stack', 'test-results', 'console-screenshots'));
    await browser.open();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  /** The page in each language once `ready` shows in it: nothing on it may be a word not for people. */
  async function inBothLanguages(tab: Page, page: Walked, ready: (t: Translate) => Locator): Promise<void> {
    for (const lang of LANGUAGES) {
      await speak(tab, lang);
      await ready(translator(lang)).first().waitFor();
      expect({ page, lang, found: wordsNotForPeople(await pageText(tab), lang) }).toEqual({ page, lang, found: [] });
      walked.add(`${page} ${lang}`);
    }
    await speak(tab, 'zh');
  }

  it('walks every page as each person finds it', async () => {
    expect(everyPageWalked).toBe(true);
    const visitor = await browser.tab('#/');
    await visitor.getByLabel(zh('registry.name'), { exact: true }).fill(spaceName);
    await visitor.getByRole('button', { name: zh('registry.search'), exact: true }).click();
    await inBothLanguages(visitor, 'registry', (t) => visitor.getByText(t('registry.none')));
    await visitor.goto(new URL('#/sign-in', visitor.url()).href);
    await inBothLanguages(visitor, 'sign-in', (t) => visitor.getByRole('heading', { name: t('signIn.title') }));
    await visitor.goto(new URL('#/nowhere', visitor.url()).href);
    await inBothLanguages(visitor, 'not-found', (t) => visitor.getByText(t('nav.notFound')));
    await visitor.goto(new URL('#/verify', visitor.url()).href);
    await inBothLanguages(visitor, 'verify', (t) => visitor.getByRole('heading', { name: t('verify.title') }));

    // The applicant: no application yet, the organisation, the wizard half filled and filled, the draft.
    const applicant = await browser.tab();
    await signIn(applicant, people.applicant);
    await inBothLanguages(applicant, 'applications', (t) => applicant.getByText(t('applications.none')));
    await applicant.goto(new URL('#/organisation', applicant.url()).href);
    await inBothLanguages(applicant, 'organisation', (t) => applicant.getByRole('heading', { name: t('organisation.title') }));
    const organisationId = await registerOrganisation(applicant, sample.organisation);
    await inBothLanguages(applicant, 'organisation', (t) => applicant.getByText(t('organisation.registered')));

    await applicant.goto(new URL('#/applications/new', applicant.url()).href);
    await applicant.getByLabel(zh('wizard.spaceName'), { exact: true }).fill(spaceName);
    await applicant.getByLabel(zh('wizard.venueAddress'), { exact: true }).fill(sample.application.venueAddress);
    await applicant.getByRole('button', { name: zh('common.next'), exact: true }).click();
    await applicant.getByRole('button', { name: zh('common.next'), exact: true }).click();
    await applicant.getByRole('button', { name: zh('list.add', { what: zh('figures.residents') }), exact: true }).click();
    await inBothLanguages(applicant, 'new-application', (t) => applicant.getByText(t('precheck.incomplete')));
    // Filled from the start, in a wizard opened anew.
    await applicant.goto(new URL('#/applications', applicant.url()).href);
    await fillWizard(applicant, sample.application, spaceName, []);
    await inBothLanguages(applicant, 'new-application', (t) => applicant.getByText(t('wizard.readyToSubmit')));
    await applicant.getByRole('button', { name: zh('wizard.saveDraft'), exact: true }).click();
    await applicant.getByRole('link', { name: zh('wizard.openDraft'), exact: true }).click();
    const applicationId = decodeURIComponent(applicant.url().split('#/applications/')[1]);
    const status = (key: Parameters<Translate>[0]) => (t: Translate) => applicant.getByTestId('application-status').filter({ hasText: t(key) });
    await inBothLanguages(applicant, 'application', status('status.DRAFT'));
    await applicant.getByRole('link', { name: zh('application.continue'), exact: true }).click();
    await inBothLanguages(applicant, 'edit-application', (t) => applicant.getByRole('heading', { name: t('wizard.title') }));
    await applicant.goBack();
    await applicant.getByRole('button', { name: zh('wizard.submit'), exact: true }).click();
    await reloadUntil(applicant, applicant.getByTestId('application-status').filter({ hasText: /已提交|审核中/ }));

    // The district returns it with reasons in both languages; the applicant reads them, then corrects.
    const as = (person: { id: string; role: string; scope: string | null }) => person as ActingPerson;
    const driver = new FilingDriver(stack.env.client, applicationId, as(people.applicant));
    await driver.decide('preliminary-review', as(people.district), 'RETURN', {
      reasons: [{ text: '请补充租赁合同的备案页 / add the lease annex', article: 'Art. 5(2)' }],
    });
    await reloadUntil(applicant, status('status.RETURNED')(translator('zh')));
    await inBothLanguages(applicant, 'application', (t) => applicant.getByRole('form', { name: t('return.title'), exact: true }));
    await driver.resubmit(sample.application.figures as unknown as Record<string, unknown>);

    // The district's desk and its decision form.
    const district = await browser.tab();
    await signIn(district, people.district);
    const taskLink = district.locator(`a[href="#/review/${applicationId}"]`);
    await reloadUntil(district, taskLink);
    await inBothLanguages(district, 'inbox', () => taskLink);
    // The district finds the application by a few characters of its name.
    await district.goto(new URL('#/search', district.url()).href);
    await district.getByLabel(zh('registry.name'), { exact: true }).fill(spaceName.slice(4));
    await district.getByRole('button', { name: zh('registry.search'), exact: true }).click();
    const found = district.getByRole('link', { name: spaceName, exact: true });
    await inBothLanguages(district, 'search', () => found);
    await browser.screenshot(district, 'case-search');
    await district.goto(new URL(`#/review/${applicationId}`, district.url()).href);
    await reloadUntil(district, district.getByRole('form', { name: '初审并书面推荐', exact: true }));
    await inBothLanguages(district, 'review', (t) => district.getByLabel(t('decision.outcome'), { exact: true }));
    await driver.decide('preliminary-review', as(people.district), 'RECOMMEND', { recommendation: { documentId: '岫科推〔2026〕3号', summary: '同意推荐' } });

    // The city organises the panel (its size said on the form); an expert scores.
    const city = await browser.tab();
    await signIn(city, people.city);
    await driver.decide('re-review', as(people.city), 'PASS');
    await driver.decide('on-site-inspection', as(people.city), 'PASS', { findings: [] });
    await city.goto(new URL(`#/review/${applicationId}`, city.url()).href);
    await reloadUntil(city, city.getByRole('form', { name: '组织专家评审', exact: true }));
    const panelSize = selectRuleset(RULESETS, today).procedure.expertPanel.size;
    await inBothLanguages(city, 'review', (t) => city.getByText(t('decision.expertsHint', { size: panelSize })));
    await driver.decide('organise-expert-review', as(people.city), 'ASSIGN_PANEL', { experts: people.experts.map((e) => e.id) });
    const expert = await browser.tab();
    await signIn(expert, people.experts[0]);
    await expert.goto(new URL(`#/review/${applicationId}`, expert.url()).href);
    await reloadUntil(expert, expert.getByRole('form', { name: '专家评分', exact: true }));
    await inBothLanguages(expert, 'review', (t) => expert.getByRole('heading', { name: t('review.panel') }));
    for (const [i, e] of people.experts.entries())
      await driver.decide('expert-score', as(e), 'SCORE', { score: 80 + i * 5 }, (task) => task.assigneeId === e.id);

    // Under public notice the public objects; the city reads the objection and the history.
    const objection = await httpClient(stack.intake.url).post<{ lodgedOn: string }>(`/public-notices/${applicationId}/objections`, {
      text: '入驻团队数量与实际不符',
    });
    expect(objection.status).toBe(201);
    await visitor.goto(new URL('#/notices', visitor.url()).href);
    const notice = visitor.getByRole('article', { name: spaceName });
    await reloadUntil(visitor, notice);
    await inBothLanguages(visitor, 'notices', () => notice);
    await city.reload();
    await inBothLanguages(city, 'review', (t) => city.getByText(t('review.objection', { n: 1, on: objection.body.lodgedOn })));
    await driver.decide('resolve-objection', as(people.city), 'DISMISS', {
      reasons: [{ text: '经核实入驻团队数量属实 / the residents are as declared', article: 'Art. 5(3)' }],
    });
    await stack.env.sleep('8 days');

    // The meeting's agenda names the space; the meeting files it.
    const secretary = await browser.tab();
    await signIn(secretary, people.secretary);
    const include = (t: Translate) => secretary.getByLabel(t('meeting.include', { application: spaceName }), { exact: true });
    await reloadUntil(secretary, include(translator('zh')));
    await inBothLanguages(secretary, 'meeting', include);
    await driver.decide('director-meeting', as(people.secretary), 'APPROVE', {
      meeting: { meetingId: unique('meeting'), heldOn: today, filingNumber: `鞍科众备〔2026〕${unique('').slice(-3)}` },
    });
    await reloadUntil(applicant, status('status.FILED')(translator('zh')));
    await inBothLanguages(applicant, 'application', status('status.FILED'));
    await visitor.goto(new URL('#/', visitor.url()).href);
    await visitor.getByLabel(zh('registry.name'), { exact: true }).fill(spaceName);
    const row = visitor.getByRole('row', { name: new RegExp(spaceName) });
    for (let i = 0; i < 60 && !(await row.isVisible()); i++) {
      await visitor.getByRole('button', { name: zh('registry.search'), exact: true }).click();
      await visitor.waitForTimeout(1_000);
    }
    await inBothLanguages(visitor, 'registry', () => row);

    // Under supervision: the operator reports a change of area; last year's evaluation runs and,
    // its report missed, waits for the city's confirmation.
    const spaceId = decodeURIComponent(
      ((await applicant.getByRole('link', { name: zh('space.open'), exact: true }).getAttribute('href')) ?? '').split('#/spaces/')[1],
    );
    const operator = { ...people.applicant, scope: organisationId };
    const reported = await httpClient(stack.evaluation.url, operator).post(`/spaces/${spaceId}/changes`, {
      change: { kind: 'AREA', effectiveOn: today, areas: { totalAreaM2: 900, workstationAreaM2: 500, publicServiceAreaM2: 220 } },
      evidence: [{ documentId: '岫市监〔2026〕7号', title: '租赁合同补充协议' }],
    });
    expect(reported.status).toBe(202);
    const changeId = (reported.body as { changeId: string }).changeId;
    const year = dateParts(today).year - 1;
    const { filingNumber } = await waitFor('the space under supervision', async () => {
      const record = await httpClient(stack.evaluation.url, operator).get<{ filingNumber: string }>(`/spaces/${spaceId}`);
      return record.status === 200 && record.body;
    });
    const space = { spaceId, spaceName, organisationId, divisionCode: DIVISION, filingNumber };
    const ruleset = selectRuleset(RULESETS, today);
    const input = { year, space, rulesetId: ruleset.id, rulesetVersion: ruleset.version };
    await stack.env.client.workflow.start<WorkflowFunction<typeof spaceEvaluationWorkflow>>(spaceEvaluationWorkflow.type, {
      workflowId: spaceEvaluationWorkflow.workflowId(input),
      taskQueue: temporalSettings().taskQueues.supervision,
      args: [input],
    });

    await city.goto(new URL('#/inbox', city.url()).href);
    const changeTask = city.locator('[data-supervision-stage="CHANGE_REVIEW"]').filter({ hasText: spaceName });
    const confirmationTask = city.locator('[data-supervision-stage="RESULT_CONFIRMATION"]').filter({ hasText: spaceName });
    await reloadUntil(city, changeTask);
    await reloadUntil(city, confirmationTask);
    await inBothLanguages(city, 'inbox', () => confirmationTask);
    await city.goto(new URL(`#/supervision/${encodeURIComponent(spaceId)}/changes/${encodeURIComponent(changeId)}`, city.url()).href);
    await reloadUntil(city, city.getByRole('form', { name: zh('changeDecision.title'), exact: true }));
    await inBothLanguages(city, 'supervised-change', (t) => city.getByRole('form', { name: t('changeDecision.title'), exact: true }));
    await city.goto(new URL(`#/supervision/${encodeURIComponent(spaceId)}/evaluations/${year}`, city.url()).href);
    await reloadUntil(city, city.getByRole('form', { name: zh('confirmation.title'), exact: true }));
    await inBothLanguages(city, 'supervised-evaluation', (t) => city.getByRole('form', { name: t('confirmation.title'), exact: true }));
    await city.goto(new URL('#/evaluation', city.url()).href);
    await city.getByRole('spinbutton', { name: zh('evaluation.year'), exact: true }).fill(String(year));
    await city.getByRole('button', { name: zh('evaluation.show'), exact: true }).click();
    await inBothLanguages(city, 'evaluation', (t) => city.getByRole('heading', { name: t('evaluation.progress', { year }) }));

    await signIn(applicant, operator);
    await applicant.goto(new URL(`#/spaces/${encodeURIComponent(spaceId)}`, applicant.url()).href);
    const changeLine = (t: Translate) =>
      applicant
        .getByRole('region', { name: t('space.changes') })
        .getByRole('listitem')
        .filter({ hasText: t('change.AREA') });
    await reloadUntil(applicant, changeLine(translator('zh')));
    await inBothLanguages(applicant, 'space', changeLine);

    // Signed in for its organisation in a browser that never registered it, the applicant files for it.
    await applicant.evaluate(() => window.localStorage.clear());
    await signIn(applicant, operator);
    await applicant.goto(new URL('#/applications/new', applicant.url()).href);
    const organisationChoice = applicant.getByLabel(zh('wizard.organisation'), { exact: true });
    await expect(organisationChoice.locator('option:checked').textContent()).resolves.toBe(sample.organisation.name);
    expect(await applicant.getByRole('link', { name: zh('wizard.registerFirst') }).count()).toBe(0);
    await inBothLanguages(applicant, 'new-application', (t) => applicant.getByLabel(t('wizard.organisation'), { exact: true }));

    const missing = PAGES.flatMap((page) => LANGUAGES.filter((lang) => !walked.has(`${page} ${lang}`)).map((lang) => `${page} ${lang}`));
    expect(missing).toEqual([]);
  });
});

/** Switch the page's language with the button a person uses, if it is not already in `lang`. */
async function speak(tab: Page, lang: Language): Promise<void> {
  const other = tab.getByRole('button', { name: lang === 'en' ? 'English' : '中文', exact: true });
  if (await other.isVisible()) await other.click();
  await tab.getByRole('button', { name: lang === 'en' ? '中文' : 'English', exact: true }).waitFor();
}
