import { z } from 'zod';

/** An evaluated calendar year. */
export const Year = z.coerce.number().int().min(2000).max(9998);

export const ScheduleSettings = z
  .object({
    /** Cron expression in Asia/Shanghai (minute hour day-of-month month day-of-week). */
    cron: z
      .string()
      .trim()
      .regex(/^(\S+\s+){4}\S+$/, 'five cron fields')
      .optional(),
    paused: z.boolean().optional(),
  })
  .meta({ id: 'ScheduleSettings' });
export type ScheduleSettings = z.infer<typeof ScheduleSettings>;

// The parsed queries' types have names of their own: a parameter typed by a name that is also a
// value would hand that value (the schema) to the OpenAPI scanner as if it were a class.
export const ResultFilter = z.object({
  divisionCode: z.string().max(20).optional(),
  status: z.enum(['REQUESTED', 'SCORED', 'CONFIRMED']).optional(),
  grade: z
    .string()
    .regex(/^[A-Z]$/)
    .optional(),
  /** The last space id of the previous page. */
  after: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ResultSearch = z.infer<typeof ResultFilter>;

export const ProgressFilter = z.object({ divisionCode: z.string().max(20).optional() });
export type ProgressSearch = z.infer<typeof ProgressFilter>;
