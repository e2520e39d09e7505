import { z } from 'zod';
import { type CalendarDate as CalendarDateText, isCalendarDate } from './calendar-date';

/**
 * The schema for a calendar date at every boundary (HTTP body, ruleset file, workflow input). It
 * lives apart from the date arithmetic, which workflows use from the start, so that a workflow
 * builds it only when it parses something (see workflows/src/kit/schemas.ts).
 */
export const CalendarDate = z
  .templateLiteral([z.int(), '-', z.int(), '-', z.int()])
  .refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' });
export type CalendarDate = CalendarDateText;
