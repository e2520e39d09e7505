import type { Locator, Page } from 'playwright-core';
import { rulesetOf } from '../../src/domain/ruleset-of';
import { unlabelledControls } from './accessibility';
import { zh } from './labels';
import { reloadUntil } from './wait-on-page';

export interface DecisionInput {
  outcome: string;
  reason?: string;
  article?: string;
  documentId?: string;
  summary?: string;
  /** Picked from the expert pool by their ids. */
  experts?: string[];
  score?: number;
  findings?: { figure: string; declared: string; found: string }[];
}

/**
 * On the application's page, wait for the caller's task of that title, fill its decision form
 * (checking that every control has its label), let `beforeSubmit` look at it, and record the decision.
 */
const labelled = (form: Locator, label: string) => form.getByLabel(label, { exact: true });

export async function decide(page: Page, applicationId: string, taskTitle: string, input: DecisionInput, beforeSubmit?: () => Promise<void>): Promise<void> {
  await page.goto(new URL(`#/review/${applicationId}`, page.url()).href);
  const form = page.getByRole('form', { name: taskTitle, exact: true });
  await reloadUntil(page, form);
  expect(await unlabelledControls(page)).toEqual([]);
  const field = (key: Parameters<typeof zh>[0]) => form.getByLabel(zh(key), { exact: true });
  await field('decision.outcome').selectOption(input.outcome);
  if (input.documentId) await field('decision.documentId').fill(input.documentId);
  if (input.summary) await field('decision.summary').fill(input.summary);
  for (const expert of input.experts ?? []) await form.locator(`[data-expert="${expert}"] input`).check();
  if (input.score !== undefined) {
    const { maxScore, passMeanScore } = rulesetOf(null).procedure.expertPanel;
    await form.getByLabel(zh('decision.score', { max: maxScore, pass: passMeanScore }), { exact: true }).fill(String(input.score));
  }
  for (const [i, finding] of (input.findings ?? []).entries()) {
    await form.getByRole('button', { name: zh('list.add', { what: zh('decision.findings') }), exact: true }).click();
    await labelled(form, zh('decision.findingFigure', { n: i + 1 })).fill(finding.figure);
    await labelled(form, zh('decision.findingDeclared', { n: i + 1 })).fill(finding.declared);
    await labelled(form, zh('decision.findingFound', { n: i + 1 })).fill(finding.found);
  }
  if (input.reason) await form.getByLabel(/^理由/).fill(input.reason);
  if (input.article) await field('decision.article').fill(input.article);
  await beforeSubmit?.();
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/decision') && r.request().method() === 'POST'),
    form.getByRole('button', { name: zh('decision.submit'), exact: true }).click(),
  ]);
  expect({ status: answer.status(), body: answer.status() === 200 ? null : await answer.text() }).toEqual({ status: 200, body: null });
}
