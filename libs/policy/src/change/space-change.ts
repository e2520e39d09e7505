import { z } from 'zod';
import { CalendarDate } from '../calendar/calendar-date-schema';
import { Organisation, Venue } from '../conditions/declared-figures';

const squareMetres = z.number().nonnegative().finite();

/** The areas of Art. 5(2), as a change of area or of location restates them. */
export const Areas = z.object({
  totalAreaM2: squareMetres,
  workstationAreaM2: squareMetres,
  publicServiceAreaM2: squareMetres,
});
export type Areas = z.infer<typeof Areas>;

/**
 * Art. 8 众创空间发生名称变更或运营主体、面积范围、场地位置等条件发生变化: one change with the date
 * it took effect and its new values.
 */
export const SpaceChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('NAME'), effectiveOn: CalendarDate, name: z.string().trim().min(1) }),
  z.object({
    kind: z.literal('OPERATING_ORGANISATION'),
    effectiveOn: CalendarDate,
    organisation: Organisation,
    /** The new operator's organisation as registered in the system, when it is: the space passes to it. */
    organisationId: z.string().trim().min(1).max(100).optional(),
  }),
  z.object({ kind: z.literal('AREA'), effectiveOn: CalendarDate, areas: Areas }),
  /** A move brings a new venue and usually new areas. */
  z.object({ kind: z.literal('LOCATION'), effectiveOn: CalendarDate, venue: Venue, areas: Areas }),
]);
export type SpaceChange = z.infer<typeof SpaceChange>;
