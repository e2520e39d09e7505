import { z } from 'zod';
import { DOCUMENT_KINDS } from '@makerspace/documents';

/** The form fields sent with a PDF to check: optionally the code printed on it. */
export const VerificationForm = z.object({ code: z.string().max(40).optional() });
export type VerificationForm = z.infer<typeof VerificationForm>;

/** The kind of document a path names. */
export const DocumentKindParam = z.enum(DOCUMENT_KINDS);
