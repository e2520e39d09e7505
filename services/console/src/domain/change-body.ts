import type { ChangeKind } from './space';

/** The body of a change report (Art. 8) from what the form holds: the kind's new values only. */
export function changeOf(kind: ChangeKind, form: ChangeFormValues) {
  const areas = { totalAreaM2: form.totalAreaM2, workstationAreaM2: form.workstationAreaM2, publicServiceAreaM2: form.publicServiceAreaM2 };
  switch (kind) {
    case 'NAME':
      return { kind, effectiveOn: form.effectiveOn, name: form.name };
    case 'AREA':
      return { kind, effectiveOn: form.effectiveOn, areas };
    case 'LOCATION':
      return { kind, effectiveOn: form.effectiveOn, venue: { divisionCode: form.divisionCode }, areas };
    case 'OPERATING_ORGANISATION':
      return {
        kind,
        effectiveOn: form.effectiveOn,
        organisation: { uscc: form.uscc, registeredOn: form.registeredOn, independentLegalPerson: form.independentLegalPerson },
      };
  }
}

export interface ChangeFormValues {
  effectiveOn: string;
  name: string;
  totalAreaM2: number;
  workstationAreaM2: number;
  publicServiceAreaM2: number;
  divisionCode: string;
  uscc: string;
  registeredOn: string;
  independentLegalPerson: boolean;
  documentId: string;
  documentTitle: string;
  note: string;
}
