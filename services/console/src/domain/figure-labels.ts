import type { MessageKey } from '../i18n/dictionary';
import type { Translate } from '../i18n/translate';

/** The form label of each declared figure, by its name in the declaration (DeclaredFigures). */
const FIGURES: Readonly<Record<string, MessageKey>> = {
  totalAreaM2: 'figures.totalArea',
  workstationAreaM2: 'figures.workstationArea',
  publicServiceAreaM2: 'figures.publicServiceArea',
  startupWorkstations: 'figures.startupWorkstations',
  facilities: 'figures.venue',
  'facilities.freeOrLowCostInternet': 'figures.internet',
  'facilities.publicSoftware': 'figures.software',
  'facilities.sharedOfficeEquipment': 'figures.equipment',
  residents: 'figures.residents',
  newCompaniesLast12Months: 'figures.newCompanies',
  financingsLast12Months: 'figures.financings',
  staff: 'figures.staff',
  'staff.total': 'figures.staffTotal',
  'staff.professionalIncubation': 'figures.staffProfessional',
  'staff.property': 'figures.staffProperty',
  mentors: 'figures.mentors',
  activities: 'figures.activities',
};

/** The label of a field of one item of a list ("residents.2.movedInOn": the 3rd resident's move-in date). */
const ITEMS: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  residents: { name: 'figures.residentName', kind: 'figures.residentKind', movedInOn: 'figures.movedInOn', project: 'figures.project' },
  newCompaniesLast12Months: { name: 'figures.companyName', registeredOn: 'figures.registeredOn' },
  financingsLast12Months: {
    residentName: 'figures.financedResident',
    amountYuan: 'figures.amount',
    investor: 'figures.investor',
    closedOn: 'figures.closedOn',
  },
  mentors: { name: 'figures.mentorName', appointedBy: 'figures.appointedBy' },
  activities: { heldOn: 'figures.heldOn', kind: 'figures.activityKind', title: 'figures.activityTitle', participants: 'figures.participants' },
};

/**
 * A declared figure named as the form names it, from its path in the declaration
 * ("staff.total", "residents.0.movedInOn", or "figures.…" as the services name a field); undefined
 * for a path that names no figure.
 */
export function figureLabel(path: string, t: Translate): string | undefined {
  const [list, index, field, ...rest] = path.replace(/^figures\./, '').split('.');
  const item = ITEMS[list]?.[field];
  if (item && /^\d+$/.test(index) && rest.length === 0) return t(item, { n: Number(index) + 1 });
  const key = FIGURES[[list, index, field].filter(Boolean).join('.')];
  return key ? t(key) : undefined;
}
