import { calendarYearWindow } from '../calendar/window';
import { type ConditionsReport, conditionsReport } from '../conditions/check-filing-conditions';
import { judgeConditions } from '../conditions/judge-conditions';
import type { Article, RuleId } from '../conditions/verdict';
import type { Ruleset } from '../rulesets/ruleset';
import { formatNumber } from '../text/format';
import type { LocalizedText } from '../text/localized-text';
import { gradeByCode, gradeForScore, isUnqualified, recommendedToProvince, worseGrade } from './grades';
import { measureValues } from './measure-values';
import type { Measure } from './measures';
import type { SelfReport } from './self-report';
import { yearEnd } from './year-end';

export interface MeasureScore {
  readonly measure: Measure;
  readonly value: number;
  readonly target: number;
  /** value ÷ target, capped at 1. */
  readonly attainment: number;
}

export interface IndicatorScore {
  readonly id: string;
  readonly label: LocalizedText;
  readonly weight: number;
  /** weight × the mean attainment of the indicator's measures. */
  readonly points: number;
  readonly measures: readonly MeasureScore[];
}

export interface EvaluationReason {
  readonly article: Article;
  /** The Art. 5 rule behind the reason, when it is a continuing condition. */
  readonly ruleId?: RuleId;
  readonly message: LocalizedText;
}

export interface EvaluationResult {
  readonly rulesetId: string;
  readonly rulesetVersion: number;
  readonly reportFiled: boolean;
  /** 0-100, to two decimals. */
  readonly score: number;
  readonly grade: string;
  readonly gradeLabel: LocalizedText;
  /** The grade counts toward revocation (Art. 7 不合格). */
  readonly unqualified: boolean;
  readonly recommendedToProvince: boolean;
  /** The continuing Art. 5 conditions on the last day of the year; null without a report. */
  readonly conditions: ConditionsReport | null;
  readonly indicators: readonly IndicatorScore[];
  readonly reasons: readonly EvaluationReason[];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function scoreIndicators(report: SelfReport, ruleset: Ruleset): IndicatorScore[] {
  const values = measureValues(report, ruleset);
  return ruleset.evaluation.scorecard.map((indicator) => {
    const measures = indicator.measures.map(({ measure, target }) => ({
      measure,
      value: values[measure],
      target,
      attainment: Math.min(1, values[measure] / target),
    }));
    const mean = measures.reduce((sum, m) => sum + m.attainment, 0) / measures.length;
    return { id: indicator.id, label: indicator.label, weight: indicator.weight, points: round2(indicator.weight * mean), measures };
  });
}

/**
 * Art. 7 yearly performance evaluation: the continuing Art. 5 conditions, judged on the last day of
 * the evaluated year with that calendar year as "each year", and the ruleset's scorecard. A failed
 * condition caps the grade (default D, 不合格); a missing report (null) is graded unqualified.
 */
export function scoreEvaluation(report: SelfReport | null, ruleset: Ruleset): EvaluationResult {
  const settings = ruleset.evaluation;
  if (report === null) {
    const grade = gradeByCode(settings.unqualifiedGrade, ruleset);
    return {
      rulesetId: ruleset.id,
      rulesetVersion: ruleset.version,
      reportFiled: false,
      score: 0,
      grade: grade.code,
      gradeLabel: grade.label,
      unqualified: true,
      recommendedToProvince: recommendedToProvince(grade.code, ruleset),
      conditions: null,
      indicators: [],
      reasons: [
        {
          article: 'Art. 7',
          message: {
            zh: `未按期提交绩效评价报告,评为${grade.code}(${grade.label.zh})`,
            en: `No performance report was filed: graded ${grade.code} (${grade.label.en})`,
          },
        },
      ],
    };
  }

  const window = calendarYearWindow(report.evaluatedYear);
  const asOf = yearEnd(report.evaluatedYear);
  const conditions = conditionsReport(judgeConditions(report, asOf, window, ruleset), asOf, window, ruleset);
  const indicators = scoreIndicators(report, ruleset);
  const score = round2(indicators.reduce((sum, indicator) => sum + indicator.points, 0));
  const scoreGrade = gradeForScore(score, ruleset);
  const grade = conditions.passed ? scoreGrade : worseGrade(scoreGrade, gradeByCode(settings.gradeWhenConditionsFail, ruleset), ruleset);

  const reasons: EvaluationReason[] = [
    {
      article: 'Art. 7',
      message: {
        zh: `绩效评分${formatNumber(score)}分,达到${scoreGrade.code}(${scoreGrade.label.zh})${formatNumber(scoreGrade.minScore)}分档`,
        en: `Performance score ${formatNumber(score)} of 100, in the band of ${scoreGrade.code} (${scoreGrade.label.en}) from ${formatNumber(scoreGrade.minScore)}`,
      },
    },
  ];
  if (grade !== scoreGrade) {
    reasons.push({
      article: 'Art. 7',
      message: {
        zh: `未持续符合第五条备案条件,最高评为${grade.code}(${grade.label.zh})`,
        en: `The filing conditions of Art. 5 are no longer all met: graded at most ${grade.code} (${grade.label.en})`,
      },
    });
  }
  for (const verdict of conditions.verdicts) {
    if (!verdict.passed) reasons.push({ article: verdict.article, ruleId: verdict.ruleId, message: verdict.message });
  }

  return {
    rulesetId: ruleset.id,
    rulesetVersion: ruleset.version,
    reportFiled: true,
    score,
    grade: grade.code,
    gradeLabel: grade.label,
    unqualified: isUnqualified(grade.code, ruleset),
    recommendedToProvince: recommendedToProvince(grade.code, ruleset),
    conditions,
    indicators,
    reasons,
  };
}
