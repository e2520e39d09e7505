import type { ConditionsReport } from '../conditions/check-filing-conditions';
import type { Article, RuleId } from '../conditions/verdict';
import { articleName } from '../text/article-name';
import type { Language } from '../text/localized-text';

export interface ExplanationLine {
  readonly ruleId: RuleId;
  readonly article: Article;
  readonly passed: boolean;
  readonly text: string;
  /** Declared items the rule did not count, and why. */
  readonly notes: readonly string[];
}

/** A conditions report in one language: structured for an API, and as plain text for people. */
export interface Explanation {
  readonly lang: Language;
  readonly passed: boolean;
  readonly title: string;
  readonly summary: string;
  readonly lines: readonly ExplanationLine[];
  readonly text: string;
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Explains every condition of a report (filing pre-check, submission, change review) in Chinese or
 * English, in the order of the Measures, each line citing its article.
 */
export function explain(report: ConditionsReport, lang: Language): Explanation {
  const failed = report.verdicts.filter((v) => !v.passed);
  const total = report.verdicts.length;
  const failedArticles = distinct(failed.map((v) => articleName(v.article, lang)));
  const ruleset = `${report.rulesetId} v${report.rulesetVersion}`;
  const zh = lang === 'zh';

  const title = zh
    ? `众创空间备案条件核查(依据${ruleset},核查日期${report.asOf})`
    : `Maker-space filing conditions (ruleset ${ruleset}, judged on ${report.asOf})`;
  const summary = report.passed
    ? zh
      ? `全部${total}项条件均符合。`
      : `All ${total} conditions are met.`
    : zh
      ? `${total}项条件中有${failed.length}项不符合:${failedArticles.join('、')}。`
      : `${failed.length} of ${total} conditions are not met: ${failedArticles.join(', ')}.`;

  const lines = report.verdicts.map((v) => ({
    ruleId: v.ruleId,
    article: v.article,
    passed: v.passed,
    text: `${v.passed ? '✓' : '✗'} ${articleName(v.article, lang)} ${v.message[lang]}`,
    notes: v.flags.map((flag) => flag.message[lang]),
  }));
  const text = [title, summary, ...lines.flatMap((line) => [line.text, ...line.notes.map((note) => `    · ${note}`)])].join('\n');

  return { lang, passed: report.passed, title, summary, lines, text };
}
