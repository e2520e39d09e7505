import { consecutiveYearsEndingAt } from '../calendar/consecutive-years';
import type { Ruleset } from '../rulesets/ruleset';
import type { LocalizedText } from '../text/localized-text';
import { isUnqualified } from './grades';

export interface RevocationCheck {
  readonly due: boolean;
  readonly article: 'Art. 7';
  /** The unbroken run of unqualified years ending with the latest evaluated year. */
  readonly unqualifiedYears: readonly number[];
  readonly message: LocalizedText;
}

/**
 * Art. 7 对连续2年度不合格的取消其众创空间资格: revocation is due when the latest evaluated year and
 * the years just before it, without a gap, are all unqualified. A year without an evaluation breaks
 * the run (a missing report is not a gap: it is graded unqualified).
 */
export function revocationDue(gradesByYear: Readonly<Record<number, string>>, ruleset: Ruleset): RevocationCheck {
  const years = Object.keys(gradesByYear).map(Number);
  const required = ruleset.evaluation.consecutiveUnqualifiedYears;
  const unqualified = years.filter((year) => isUnqualified(gradesByYear[year], ruleset));
  const latest = years.length === 0 ? undefined : Math.max(...years);
  const run = latest === undefined ? [] : consecutiveYearsEndingAt(unqualified, latest);
  const due = run.length >= required;
  const list = { zh: run.join('、'), en: run.join(', ') };
  return {
    due,
    article: 'Art. 7',
    unqualifiedYears: run,
    message: due
      ? {
          zh: `${list.zh}年度连续${run.length}年度不合格,应取消众创空间资格`,
          en: `Unqualified in ${run.length} consecutive years (${list.en}): the maker-space status is to be revoked`,
        }
      : {
          zh: `最近连续不合格${run.length}年度,未达到${required}年度,不取消资格`,
          en: `${run.length} consecutive unqualified year(s) up to the latest evaluation, fewer than ${required}: no revocation`,
        },
  };
}
