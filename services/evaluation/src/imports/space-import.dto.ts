import { z } from 'zod';

export const ImportOptions = z.object({
  /** true: record the good rows and report the others; otherwise any bad row refuses the whole file. */
  partial: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type ImportOptionsQuery = z.infer<typeof ImportOptions>;

/** Import files are lists of a city's spaces: a few hundred rows, far below this. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
