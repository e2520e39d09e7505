import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import type { Ruleset } from '../rulesets/ruleset';
import type { LocalizedText } from '../text/localized-text';
import type { SpaceDeclaration } from './declared-figures';
import type { ResidentCount } from './eligible-residents';
import type { Article, Figure, Flag, RuleId, Verdict } from './verdict';

/**
 * What every rule judges: a declaration on a date, against a ruleset. At filing the date is the
 * submission date and the window the 12 months before it; at evaluation, the evaluated year.
 */
export interface Judgement {
  readonly declaration: SpaceDeclaration;
  readonly asOf: CalendarDate;
  /** The "each year" of Art. 5(4) and 5(6). */
  readonly window: DateWindow;
  readonly ruleset: Ruleset;
  /** Residents counted once, used by Art. 5(3) and by the per-resident minimums of Art. 5(5). */
  readonly residents: ResidentCount;
}

export type Rule = (judgement: Judgement) => Verdict;

/** The wording of a verdict: what is judged, what was found, what is required, in both languages. */
export interface Wording {
  readonly subject: LocalizedText;
  readonly found: LocalizedText;
  readonly required: LocalizedText;
}

const NO_FLAGS: readonly Flag[] = [];

export function verdict(
  ruleId: RuleId,
  article: Article,
  passed: boolean,
  found: Figure,
  required: Figure,
  wording: Wording,
  flags: readonly Flag[] = NO_FLAGS,
): Verdict {
  const { subject, found: foundText, required: requiredText } = wording;
  return {
    ruleId,
    article,
    passed,
    found,
    required,
    message: {
      zh: `${subject.zh}:${foundText.zh};要求${requiredText.zh}——${passed ? '符合' : '不符合'}。`,
      en: `${subject.en}: ${foundText.en}; required ${requiredText.en} — ${passed ? 'met' : 'not met'}.`,
    },
    flags,
  };
}

/** 以上/以下 include the number unless the ruleset reads them otherwise. */
export function reaches(found: number, required: number, inclusive: boolean): boolean {
  return inclusive ? found >= required : found > required;
}

/** "at least N" / "N以上" (or "more than N" / "超过N" when bounds are exclusive). */
export function atLeastText(value: string, unit: LocalizedText, inclusive: boolean): LocalizedText {
  return inclusive
    ? { zh: `${value}${unit.zh}以上`, en: `at least ${value}${unit.en}` }
    : { zh: `超过${value}${unit.zh}`, en: `more than ${value}${unit.en}` };
}

/** "not fewer than N" (不少于), which includes N whatever the drafting convention. */
export function notFewerText(value: string, unit: LocalizedText): LocalizedText {
  return { zh: `不少于${value}${unit.zh}`, en: `at least ${value}${unit.en}` };
}

export function same(text: string): LocalizedText {
  return { zh: text, en: text };
}
