import type { Page } from 'playwright-core';
import type { DeclaredFigures } from '@makerspace/policy';
import type { sampleFiling } from '@makerspace/testing';
import { unlabelledControls } from './accessibility';
import { zh } from './labels';

type Sample = ReturnType<typeof sampleFiling>;

const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });
const next = (page: Page) => page.getByRole('button', { name: zh('common.next'), exact: true }).click();

/** Fill the organisation form field by field, as the applicant types it, and register. */
export async function registerOrganisation(page: Page, org: Sample['organisation']): Promise<string> {
  await page.goto(new URL('#/organisation', page.url()).href);
  await label(page, zh('organisation.uscc')).fill(org.uscc);
  await label(page, zh('organisation.name')).fill(org.name);
  await label(page, zh('organisation.legalRepresentative')).fill(org.legalRepresentative);
  await label(page, zh('organisation.registeredOn')).fill(org.registeredOn);
  await label(page, zh('organisation.registeredAddress')).fill(org.registeredAddress);
  await label(page, zh('organisation.contactName')).fill(org.contactName);
  await label(page, zh('organisation.contactPhone')).fill(org.contactPhone);
  await label(page, zh('organisation.contactEmail')).fill(org.contactEmail);
  expect(await unlabelledControls(page)).toEqual([]);
  await page.getByRole('button', { name: zh('organisation.submit'), exact: true }).click();
  return (await page.getByTestId('organisation-id').textContent()) ?? '';
}

/** Add `count` rows to a list of the wizard (its button names the list). */
async function addRows(page: Page, list: string, count: number) {
  const add = page.getByRole('button', { name: zh('list.add', { what: list }), exact: true });
  for (let i = 0; i < count; i++) await add.click();
}

/**
 * Go through every step of the application wizard with the declared figures, checking at each
 * step that every control has its label; ends on the confirmation step.
 */
export async function fillWizard(page: Page, application: Sample['application'], spaceName: string, problems: string[]): Promise<void> {
  const f = application.figures as DeclaredFigures;
  const step = async () => problems.push(...(await unlabelledControls(page)));
  await page.goto(new URL('#/applications/new', page.url()).href);
  await label(page, zh('wizard.spaceName')).fill(spaceName);
  await label(page, zh('wizard.venueAddress')).fill(application.venueAddress);
  await label(page, zh('wizard.venueDivision')).selectOption(application.divisionCode);
  await step();
  await next(page);

  await label(page, zh('figures.totalArea')).fill(String(f.totalAreaM2));
  await label(page, zh('figures.workstationArea')).fill(String(f.workstationAreaM2));
  await label(page, zh('figures.publicServiceArea')).fill(String(f.publicServiceAreaM2));
  await label(page, zh('figures.startupWorkstations')).fill(String(f.startupWorkstations));
  await label(page, zh('figures.internet')).setChecked(f.facilities.freeOrLowCostInternet);
  await label(page, zh('figures.software')).setChecked(f.facilities.publicSoftware);
  await label(page, zh('figures.equipment')).setChecked(f.facilities.sharedOfficeEquipment);
  await step();
  await next(page);

  await addRows(page, zh('figures.residents'), f.residents.length);
  for (const [i, r] of f.residents.entries()) {
    await label(page, zh('figures.residentName', { n: i + 1 })).fill(r.name);
    await label(page, zh('figures.residentKind', { n: i + 1 })).selectOption(r.kind);
    await label(page, zh('figures.movedInOn', { n: i + 1 })).fill(r.movedInOn);
    await label(page, zh('figures.project', { n: i + 1 })).fill(r.project);
  }
  await step();
  await next(page);

  await addRows(page, zh('figures.newCompanies'), f.newCompaniesLast12Months.length);
  for (const [i, c] of f.newCompaniesLast12Months.entries()) {
    await label(page, zh('figures.companyName', { n: i + 1 })).fill(c.name);
    await label(page, zh('figures.registeredOn', { n: i + 1 })).fill(c.registeredOn);
  }
  await addRows(page, zh('figures.financings'), f.financingsLast12Months.length);
  for (const [i, x] of f.financingsLast12Months.entries()) {
    await label(page, zh('figures.financedResident', { n: i + 1 })).fill(x.residentName);
    await label(page, zh('figures.amount', { n: i + 1 })).fill(String(x.amountYuan));
    await label(page, zh('figures.investor', { n: i + 1 })).fill(x.investor);
    await label(page, zh('figures.closedOn', { n: i + 1 })).fill(x.closedOn);
  }
  await step();
  await next(page);

  await label(page, zh('figures.staffTotal')).fill(String(f.staff.total));
  await label(page, zh('figures.staffProfessional')).fill(String(f.staff.professionalIncubation));
  await label(page, zh('figures.staffProperty')).fill(String(f.staff.property));
  await addRows(page, zh('figures.mentors'), f.mentors.length);
  for (const [i, m] of f.mentors.entries()) {
    await label(page, zh('figures.mentorName', { n: i + 1 })).fill(m.name);
    await label(page, zh('figures.appointedBy', { n: i + 1 })).selectOption(m.appointedBy);
  }
  await step();
  await next(page);

  await addRows(page, zh('figures.activities'), f.activities.length);
  for (const [i, a] of f.activities.entries()) {
    await label(page, zh('figures.heldOn', { n: i + 1 })).fill(a.heldOn);
    await label(page, zh('figures.activityKind', { n: i + 1 })).selectOption(a.kind);
    await label(page, zh('figures.activityTitle', { n: i + 1 })).fill(a.title);
    await label(page, zh('figures.participants', { n: i + 1 })).fill(String(a.participants));
  }
  await step();
  await next(page);
}
