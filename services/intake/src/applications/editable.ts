import { conflict } from '@makerspace/http';

/** Statuses in which the applicant may change an application: a draft, or one returned for correction. */
const EDITABLE = ['DRAFT', 'RETURNED'];

export function assertEditable(app: { status: string }): void {
  if (!EDITABLE.includes(app.status)) throw conflict('NOT_EDITABLE', `an application in status ${app.status} cannot be edited`);
}
