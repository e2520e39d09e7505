import type { CalendarDate } from '../calendar/calendar-date';
import type { DateWindow } from '../calendar/window';
import type { Ruleset } from '../rulesets/ruleset';
import type { LocalizedText } from '../text/localized-text';
import type { VenueAreas } from './areas';
import type { SpaceDeclaration } from './declared-figures';
import type { ResidentCount } from './eligible-residents';
import { NO_FLAGS, type Article, type Figure, type Flag, type RuleId, type Verdict } from './verdict';

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
  /** Areas read once, used by the three area rules of Art. 5(2). */
  readonly areas: VenueAreas;
}

export type Rule = (judgement: Judgement) => Verdict;

/**
 * How one rule words its verdicts under one ruleset: what is judged and what is required are fixed,
 * only the finding changes from one application to the next. So the words are put together once per
 * ruleset and each verdict adds its finding:
 * "Fixed service venue: 499.99 m²; required at least 500 m² — not met."
 */
export class RuleWording {
  private readonly opening: LocalizedText;
  private readonly met: LocalizedText;
  private readonly notMet: LocalizedText;

  constructor(
    readonly ruleId: RuleId,
    readonly article: Article,
    subject: LocalizedText,
    required: LocalizedText,
  ) {
    this.opening = { zh: `${subject.zh}:`, en: `${subject.en}: ` };
    this.met = { zh: `;要求${required.zh}——符合。`, en: `; required ${required.en} — met.` };
    this.notMet = { zh: `;要求${required.zh}——不符合。`, en: `; required ${required.en} — not met.` };
  }

  verdict(passed: boolean, found: Figure, required: Figure, finding: LocalizedText, flags?: readonly Flag[]): Verdict {
    const ending = passed ? this.met : this.notMet;
    return {
      ruleId: this.ruleId,
      article: this.article,
      passed,
      found,
      required,
      message: {
        zh: this.opening.zh + finding.zh + ending.zh,
        en: this.opening.en + finding.en + ending.en,
      },
      flags: flags ?? NO_FLAGS,
    };
  }
}

/**
 * Something put together once for each ruleset it is used with, such as a rule's wording. Nearly
 * every check uses the same ruleset as the one before, so that one is kept at hand. A class rather
 * than a closure, so the engine can inline the lookup at every rule.
 */
export class PerRuleset<T> {
  private readonly written = new WeakMap<Ruleset, T>();
  private lastRuleset: Ruleset | undefined;
  private lastValue: T | undefined;

  constructor(private readonly write: (ruleset: Ruleset) => T) {}

  for(ruleset: Ruleset): T {
    if (ruleset !== this.lastRuleset) {
      let value = this.written.get(ruleset);
      if (value === undefined) {
        value = this.write(ruleset);
        this.written.set(ruleset, value);
      }
      this.lastRuleset = ruleset;
      this.lastValue = value;
    }
    return this.lastValue as T;
  }
}

export function perRuleset<T>(write: (ruleset: Ruleset) => T): PerRuleset<T> {
  return new PerRuleset(write);
}

/** 以上/以下 include the number unless the ruleset reads them otherwise. */
export function reaches(found: number, required: number, inclusive: boolean): boolean {
  return inclusive ? found >= required : found > required;
}

/** "at least N" / "N以上" (or "more than N" / "超过N" when bounds are exclusive). */
export function atLeastText(value: string, unit: LocalizedText, inclusive: boolean): LocalizedText {
  return inclusive ? { zh: `${value}${unit.zh}以上`, en: `at least ${value}${unit.en}` } : { zh: `超过${value}${unit.zh}`, en: `more than ${value}${unit.en}` };
}

/** "not fewer than N" (不少于), which includes N whatever the drafting convention. */
export function notFewerText(value: string, unit: LocalizedText): LocalizedText {
  return { zh: `不少于${value}${unit.zh}`, en: `at least ${value}${unit.en}` };
}

export const YES: LocalizedText = { zh: '是', en: 'yes' };
export const NO: LocalizedText = { zh: '否', en: 'no' };
