import { z } from 'zod';

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD');

export const RegisterOrganisation = z
  .object({
    uscc: z.string().trim().toUpperCase(),
    name: z.string().trim().min(1).max(200),
    legalRepresentative: z.string().trim().min(1).max(100),
    registeredOn: CalendarDate,
    registeredAddress: z.string().trim().min(1).max(500),
    independentLegalPerson: z.boolean(),
    contactName: z.string().trim().min(1).max(100),
    contactPhone: z
      .string()
      .trim()
      .regex(/^[0-9+\- ]{5,30}$/, 'a telephone number'),
    contactEmail: z.email(),
    /** The district that checks the organisation; the USCC's registering authority when left out. */
    divisionCode: z
      .string()
      .regex(/^\d{6}$/, 'a six-digit division code')
      .optional(),
  })
  .meta({ id: 'RegisterOrganisation' });
export type RegisterOrganisation = z.infer<typeof RegisterOrganisation>;

/** The district's decision on binding the organisation's applicant to it: a refusal says why. */
export const BindingDecision = z
  .object({
    outcome: z.enum(['CONFIRM', 'REFUSE']),
    reason: z.string().trim().min(1).max(1000).optional(),
  })
  .refine((d) => d.outcome === 'CONFIRM' || d.reason, { path: ['reason'], message: 'a refusal says why' })
  .meta({ id: 'BindingDecision' });
export type BindingDecision = z.infer<typeof BindingDecision>;

/** Which bindings a desk lists (the district's own; the city sees every district's). */
export const BindingsQuery = z.object({ status: z.enum(['AWAITING_CHECK', 'CONFIRMED', 'REFUSED']).default('AWAITING_CHECK') });
// A name of its own for the parsed type (a parameter typed by the schema's name would hand the schema to the OpenAPI scanner).
export type BindingsFilter = z.infer<typeof BindingsQuery>;
