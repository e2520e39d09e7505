import type { Page } from 'playwright-core';
import { unique } from '@makerspace/testing';
import type { Person } from '../../src/session/session';
import { zh } from './labels';

/** The people of one run: ids of their own, so no earlier run's work shows on their desks. */
export function peopleOfRun(division: string) {
  return {
    applicant: { id: unique('applicant'), role: 'applicant', scope: null },
    district: { id: unique('officer-district'), role: 'district-officer', scope: division },
    city: { id: unique('officer-city'), role: 'city-officer', scope: null },
    experts: [1, 2, 3].map((n) => ({ id: unique(`expert-${n}`), role: 'expert', scope: null })),
    secretary: { id: unique('secretary'), role: 'meeting-secretary', scope: null },
  } satisfies Record<string, Person | Person[]>;
}

/** Sign in through the sign-in page, as a person picks a role and an identity. */
export async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto(new URL('#/sign-in', page.url()).href);
  await page.getByLabel(zh('signIn.role'), { exact: true }).selectOption(person.role);
  await page.getByLabel(zh('signIn.id'), { exact: true }).fill(person.id);
  if (person.role === 'district-officer' && person.scope) await page.getByLabel(zh('signIn.division'), { exact: true }).selectOption(person.scope);
  if (person.role === 'applicant' && person.scope) await page.getByLabel(zh('signIn.organisation'), { exact: true }).fill(person.scope);
  await page.getByRole('button', { name: zh('signIn.submit'), exact: true }).click();
  // Signed in, the console takes the person to the desk of the role.
  await page.waitForURL((url) => !url.hash.includes('sign-in'));
  await page.getByTestId('signed-in-as').filter({ hasText: person.id }).waitFor();
}
