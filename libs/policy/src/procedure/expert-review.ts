import type { Ruleset } from '../rulesets/ruleset';
import { formatNumber } from '../text/format';
import type { LocalizedText } from '../text/localized-text';

export interface ExpertReviewOutcome {
  readonly passed: boolean;
  /** The mean of the panel's scores, to two decimals. */
  readonly meanScore: number;
  readonly passMeanScore: number;
  readonly message: LocalizedText;
}

/**
 * Art. 6(4) 市科技局组织专家开展评审: the full panel has scored independently; the application passes
 * when the mean score reaches the ruleset's threshold. Scores must number the panel's size.
 */
export function expertReviewOutcome(scores: readonly number[], ruleset: Ruleset): ExpertReviewOutcome {
  const { size, maxScore, passMeanScore } = ruleset.procedure.expertPanel;
  if (scores.length !== size) {
    throw new RangeError(`The expert panel has ${size} members; ${scores.length} scores were given`);
  }
  const outOfRange = scores.find((score) => !(score >= 0 && score <= maxScore));
  if (outOfRange !== undefined) {
    throw new RangeError(`Expert scores run from 0 to ${maxScore}; got ${outOfRange}`);
  }
  const meanScore = Math.round((scores.reduce((sum, score) => sum + score, 0) / size) * 100) / 100;
  const passed = meanScore >= passMeanScore;
  const mean = formatNumber(meanScore);
  const threshold = formatNumber(passMeanScore);
  return {
    passed,
    meanScore,
    passMeanScore,
    message: {
      zh: `专家评审平均分${mean}分(满分${formatNumber(maxScore)}分),${passed ? '达到' : '未达到'}${threshold}分`,
      en: `Expert panel mean score ${mean} of ${formatNumber(maxScore)}: ${passed ? 'reaches' : 'below'} ${threshold}`,
    },
  };
}
