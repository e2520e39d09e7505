import type { Page } from 'playwright-core';
import { As, emailOf, provisionPerson, TEST_PASSWORD, unique, usernameOf } from '@makerspace/testing';
import { tabTo } from './accessibility';
import { zh } from './labels';

/** The people of one run: ids of their own, so no earlier run's work shows on their desks. */
export function peopleOfRun(division: string) {
  return {
    applicant: { id: unique('applicant'), role: 'applicant', scope: null },
    district: { id: unique('officer-district'), role: 'district-officer', scope: division },
    city: { id: unique('officer-city'), role: 'city-officer', scope: null },
    experts: [1, 2, 3].map((n) => ({ id: unique(`expert-${n}`), role: 'expert', scope: null })),
    secretary: { id: unique('secretary'), role: 'meeting-secretary', scope: null },
  } satisfies Record<string, As | As[]>;
}

/**
 * Sign in as a person does: the console's sign-in button, Keycloak's own login page (username and
 * password), back at the console signed in. The person is made in the realm first, as the
 * bureau's administrators make staff accounts. A person Keycloak still knows in this browser
 * comes back signed in without the page.
 */
export async function signIn(page: Page, person: As): Promise<void> {
  await provisionPerson(person);
  await page.goto(new URL('#/sign-in', page.url()).href);
  const signInPage = page.url();
  await page.getByRole('button', { name: zh('signIn.submit'), exact: true }).click();
  // The sign-in page may still show the person of an earlier sign-in in its header: wait until the
  // browser has left it (for Keycloak's page, or back at the console with a code), so neither the
  // header of the page being left nor the caller's next navigation races the redirect.
  await page.waitForURL((url) => url.href !== signInPage, { waitUntil: 'commit' });
  const form = page.locator('#kc-form-login');
  const signedIn = page.getByTestId('signed-in-as').filter({ hasText: person.id });
  await form.or(signedIn).first().waitFor();
  if (await form.isVisible()) {
    await page.locator('#username').fill(usernameOf(person));
    await page.locator('#password').fill(TEST_PASSWORD);
    await page.locator('#kc-login').click();
  }
  // Signed in, the console takes the person to the desk of the role.
  await signedIn.waitFor();
}

/**
 * An applicant makes its own account: the console's registration button, Keycloak's registration
 * page, back at the console signed in (on the organisation page, to register its organisation).
 */
export async function registerAtKeycloak(page: Page, person: As): Promise<void> {
  await page.goto(new URL('#/sign-in', page.url()).href);
  await page.getByRole('button', { name: zh('signIn.register'), exact: true }).click();
  await page.locator('#kc-register-form').waitFor();
  await page.locator('#username').fill(usernameOf(person));
  await page.locator('#email').fill(emailOf(person));
  await page.locator('#lastName').fill(person.id);
  await page.locator('#firstName').fill('申请人');
  await page.locator('#password').fill(TEST_PASSWORD);
  await page.locator('#password-confirm').fill(TEST_PASSWORD);
  await page.locator('#kc-register-form input[type=submit]').click();
  await page.getByTestId('signed-in-as').filter({ hasText: person.id }).waitFor();
}

/** Sign in with the keyboard only: Tab to the console's sign-in button, then Keycloak's fields, Enter to submit. */
export async function signInByKeyboard(page: Page, person: As): Promise<void> {
  await provisionPerson(person);
  await tabTo(page, zh('signIn.submit'));
  await page.keyboard.press('Enter');
  // Keycloak's login page asks for the focus on the username (autofocus); a page without the
  // window's focus (headless) leaves it to the first Tab presses.
  await page.locator('#kc-form-login').waitFor();
  for (let i = 0; i < 10 && !(await page.locator('#username').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.type(usernameOf(person));
  await page.keyboard.press('Tab');
  await page.keyboard.type(TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('signed-in-as').filter({ hasText: person.id }).waitFor();
}
