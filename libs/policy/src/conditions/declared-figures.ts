import { z } from 'zod';
import { CalendarDate } from '../calendar/calendar-date-schema';

// The figures an operator declares for Art. 5, defined once here for the API, the workflows and the
// rules. Consistency between figures (areas, staff) is judged by rules, not refused here, so that the
// applicant is told what is wrong in the words of the Measures.

const name = z.string().trim().min(1);
const count = z.int().nonnegative();
const squareMetres = z.number().nonnegative().finite();

export const Resident = z.object({
  name,
  kind: z.enum(['TEAM', 'COMPANY']),
  movedInOn: CalendarDate,
  /** The project plan (team) or business (company), for the industrial-policy review by staff. */
  project: name,
});
export type Resident = z.infer<typeof Resident>;

export const NewCompany = z.object({ name, registeredOn: CalendarDate });
export type NewCompany = z.infer<typeof NewCompany>;

export const Financing = z.object({
  residentName: name,
  amountYuan: z.number().positive().finite(),
  investor: name,
  closedOn: CalendarDate,
});
export type Financing = z.infer<typeof Financing>;

export const MentorAppointer = z.enum(['PROVINCIAL_ST_DEPARTMENT', 'INDUSTRY_ASSOCIATION', 'INCUBATOR', 'OTHER']);
export type MentorAppointer = z.infer<typeof MentorAppointer>;

export const Mentor = z.object({ name, appointedBy: MentorAppointer });
export type Mentor = z.infer<typeof Mentor>;

export const Activity = z.object({
  heldOn: CalendarDate,
  kind: z.enum(['SALON', 'ROADSHOW', 'COMPETITION', 'TRAINING', 'OTHER']),
  title: name,
  participants: count,
});
export type Activity = z.infer<typeof Activity>;

export const DeclaredFigures = z
  .object({
    totalAreaM2: squareMetres,
    workstationAreaM2: squareMetres,
    publicServiceAreaM2: squareMetres,
    facilities: z.object({
      freeOrLowCostInternet: z.boolean(),
      publicSoftware: z.boolean(),
      sharedOfficeEquipment: z.boolean(),
    }),
    startupWorkstations: count,
    residents: z.array(Resident),
    /** Resident teams registered as new companies (Art. 5(4)); only those in the look-back window count. */
    newCompaniesLast12Months: z.array(NewCompany),
    /** Residents financed (Art. 5(4)); only those in the look-back window count. */
    financingsLast12Months: z.array(Financing),
    staff: z.object({
      total: count,
      /** 专业孵化服务人员, never including property staff. */
      professionalIncubation: count,
      property: count,
    }),
    mentors: z.array(Mentor),
    activities: z.array(Activity),
  })
  .meta({ id: 'DeclaredFigures' });
export type DeclaredFigures = z.infer<typeof DeclaredFigures>;

export const Organisation = z.object({
  /** 统一社会信用代码; its validity is judged by Art. 5(1), not refused here. */
  uscc: z.string(),
  registeredOn: CalendarDate,
  independentLegalPerson: z.boolean(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Venue = z.object({
  /** A division code of the ruleset's jurisdiction, e.g. '210302' or '210300-HTZ'. */
  divisionCode: z.string(),
});
export type Venue = z.infer<typeof Venue>;

/** What an operator declares about a space: the organisation, the venue and the figures. */
export const SpaceDeclaration = z.object({ organisation: Organisation, venue: Venue, figures: DeclaredFigures });
export type SpaceDeclaration = z.infer<typeof SpaceDeclaration>;

export const FilingCheckInput = SpaceDeclaration.extend({ submittedOn: CalendarDate });
export type FilingCheckInput = z.infer<typeof FilingCheckInput>;
