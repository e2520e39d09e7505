import { z } from 'zod';
import { type CalendarDate as CalendarDateText, isCalendarDate } from './calendar-date';

/**
 * The schema for a calendar date at every boundary (HTTP body, ruleset file, Kafka message). It
 * lives apart from the date arithmetic, which workflow code uses and which must not bring the
 * schema library into the workflow bundles (see workflows/src/kit/message-fields.ts).
 */
export const CalendarDate = z.templateLiteral([z.int(), '-', z.int(), '-', z.int()]).refine(isCalendarDate, { message: 'expected a calendar date YYYY-MM-DD' });
export type CalendarDate = CalendarDateText;
