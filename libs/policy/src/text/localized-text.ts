import { z } from 'zod';

/** Every text shown to people comes in Chinese (authoritative) and English. */
export const LocalizedText = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export type Language = keyof LocalizedText;
