import { ANSHAN_2020, type Figure, type Language } from '@makerspace/policy';

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

/** A rule's figure (found or required) in words: numbers, yes/no, codes, named counts. */
export function formatFigure(figure: Figure, lang: Language): string {
  if (typeof figure === 'boolean') return lang === 'zh' ? (figure ? '是' : '否') : figure ? 'yes' : 'no';
  if (typeof figure === 'number') return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(figure);
  if (typeof figure === 'string') return figure;
  return Object.entries(figure)
    .map(([name, count]) => `${name} ${count}`)
    .join(lang === 'zh' ? ',' : ', ');
}

/** The file name of a year's provincial recommendation list. */
export function recommendationFileName(year: number): string {
  return `recommendations-${year}.csv`;
}
