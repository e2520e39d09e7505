import { z } from 'zod';

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD');

export const RegisterOrganisation = z.object({
  uscc: z.string().trim().toUpperCase(),
  name: z.string().trim().min(1).max(200),
  legalRepresentative: z.string().trim().min(1).max(100),
  registeredOn: CalendarDate,
  registeredAddress: z.string().trim().min(1).max(500),
  independentLegalPerson: z.boolean(),
  contactName: z.string().trim().min(1).max(100),
  contactPhone: z.string().trim().regex(/^[0-9+\- ]{5,30}$/, 'a telephone number'),
  contactEmail: z.email(),
});
export type RegisterOrganisation = z.infer<typeof RegisterOrganisation>;
