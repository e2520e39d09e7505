export interface Bilingual {
  zh: string;
  en: string;
}

const CHINESE = /[\u3400-\u9fff]/;

/**
 * A text given in both languages as "中文 / English" (or "English / 中文"), as the refusals and
 * reasons of the procedures are written, split into its languages; undefined for any other text.
 */
export function splitBilingual(text: string): Bilingual | undefined {
  const parts = text.split(' / ');
  if (parts.length !== 2) return undefined;
  const [first, second] = parts;
  if (CHINESE.test(first) && !CHINESE.test(second)) return { zh: first, en: second };
  if (CHINESE.test(second) && !CHINESE.test(first)) return { zh: second, en: first };
  return undefined;
}
