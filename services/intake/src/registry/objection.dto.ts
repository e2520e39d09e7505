import { Objection } from '@makerspace/contracts';
import { z } from 'zod';

/** An objection as the public writes it; the service gives it its id. */
export const ObjectionForm = Objection.omit({ objectionId: true }).meta({ id: 'ObjectionForm' });
export type ObjectionForm = z.infer<typeof ObjectionForm>;
