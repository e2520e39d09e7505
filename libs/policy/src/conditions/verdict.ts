import type { LocalizedText } from '../text/localized-text';

export type RuleId =
  | 'ART5_1_OPERATING_AGE'
  | 'ART5_1_REGISTERED_IN_CITY'
  | 'ART5_1_INDEPENDENT_LEGAL_PERSON'
  | 'ART5_2_AREA'
  | 'ART5_2_SERVICE_AREA_WITHIN_TOTAL'
  | 'ART5_2_SERVICE_AREA_SHARE'
  | 'ART5_2_INTERNET'
  | 'ART5_2_PUBLIC_SOFTWARE'
  | 'ART5_2_SHARED_OFFICE_EQUIPMENT'
  | 'ART5_3_WORKSTATIONS'
  | 'ART5_3_RESIDENTS'
  | 'ART5_4_NEW_COMPANIES_OR_FINANCING'
  | 'ART5_5_STAFF_WITHIN_TOTAL'
  | 'ART5_5_PROFESSIONAL_STAFF_SHARE'
  | 'ART5_5_PROFESSIONAL_STAFF_PER_RESIDENTS'
  | 'ART5_5_MENTORS_PER_RESIDENTS'
  | 'ART5_6_ACTIVITIES'
  | 'ART6_1_VENUE_DIVISION'
  | 'ART9_NO_ACTIVE_BAN';

/** An article of the Measures, e.g. 'Art. 5(2)'. */
export type Article = `Art. ${number}` | `Art. ${number}(${number})`;

/** A figure as found or required: a number, a yes/no, a code or date, or named counts. */
export type Figure = number | boolean | string | Readonly<Record<string, number>>;

export type FlagCode =
  /** A resident in the space longer than the residency limit: shown, not counted (Art. 5(3)). */
  | 'RESIDENCY_OVER_LIMIT'
  /** A resident whose move-in date is after the date judged: not counted. */
  | 'MOVED_IN_AFTER_DATE'
  /** An event outside the look-back window: not counted (Art. 5(4), 5(6)). */
  | 'OUTSIDE_WINDOW'
  /** A mentor not appointed by a body Art. 5(5) names: not counted. */
  | 'MENTOR_NOT_RECOGNISED';

/** One declared item a rule left out of its count, and why. */
export interface Flag {
  readonly code: FlagCode;
  /** The item's name (resident, company, mentor, activity title). */
  readonly subject: string;
  readonly message: LocalizedText;
}

/** The flags of a verdict that left nothing out, shared rather than made for every verdict. */
export const NO_FLAGS: readonly Flag[] = [];

/** The outcome of one rule: what was found, what the Measures require, and a message for people. */
export interface Verdict {
  readonly ruleId: RuleId;
  readonly article: Article;
  readonly passed: boolean;
  readonly found: Figure;
  readonly required: Figure;
  readonly message: LocalizedText;
  readonly flags: readonly Flag[];
}
