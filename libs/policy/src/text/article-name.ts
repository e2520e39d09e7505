import type { Article } from '../conditions/verdict';
import type { Language } from './localized-text';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumeral(value: number): string {
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units === 0 ? '' : DIGITS[units]}`;
}

/**
 * 'Art. 5(2)' as legal text cites it: 第五条第（二）项 in Chinese (an item of an article in its
 * parenthesised numeral, as the drafting convention cites 项), unchanged in English. Any other text
 * (a reason's free-form article) is given back as it is.
 */
export function articleName(article: Article, lang: Language): string {
  if (lang === 'en') return article;
  const match = /^Art\. (\d+)(?:\((\d+)\))?$/.exec(article);
  if (match === null) return article;
  const item = match[2] === undefined ? '' : `第（${chineseNumeral(Number(match[2]))}）项`;
  return `第${chineseNumeral(Number(match[1]))}条${item}`;
}
