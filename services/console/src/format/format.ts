import { ANSHAN_2020, articleName, type Language, RULESETS } from '@makerspace/policy';
import { splitBilingual } from '@makerspace/contracts/browser';

/** The divisions of the jurisdiction, from the ruleset's data (Art. 6(1)). */
export const DIVISIONS = ANSHAN_2020.jurisdiction.divisions;

export function divisionName(code: string, lang: Language): string {
  return DIVISIONS.find((d) => d.code === code)?.name[lang] ?? code;
}

/** An instant in Shanghai time as `YYYY-MM-DD HH:mm`; a calendar date stays as it is. */
export function formatInstant(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export function formatYuan(amount: number, lang: Language): string {
  const digits = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(amount);
  return lang === 'zh' ? `${digits} 元` : `CNY ${digits}`;
}

/**
 * An article as the page's language cites it: 第五条第（一）项 on Chinese pages, Art. 5(1) on English
 * ones. An article typed freely with a reason is shown as it was typed.
 */
export function citeArticle(article: string, lang: Language): string {
  return articleName(article as Parameters<typeof articleName>[0], lang);
}

/**
 * A text given in both languages as "中文 / English" (the system's reasons, reasons staff wrote in
 * both) in the page's language; any other text as it is.
 */
export function inLanguage(text: string, lang: Language): string {
  const both = splitBilingual(text);
  return both ? both[lang] : text;
}

/** A grade with its label from the ruleset's scale: "A（优秀）" / "A (Excellent)". */
export function gradeName(code: string, lang: Language): string {
  const grade = RULESETS.at(-1)!.evaluation.grades.find((g) => g.code === code);
  if (!grade) return code;
  return lang === 'zh' ? `${code}（${grade.label.zh}）` : `${code} (${grade.label.en})`;
}

/** The file name of a year's provincial recommendation list. */
export function recommendationFileName(year: number): string {
  return `recommendations-${year}.csv`;
}
