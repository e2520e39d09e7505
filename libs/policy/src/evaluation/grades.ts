import type { Grade, Ruleset } from '../rulesets/ruleset';

/** The grade a score earns on the ruleset's scale (best grade first, each with its lowest score). */
export function gradeForScore(score: number, ruleset: Ruleset): Grade {
  const { grades } = ruleset.evaluation;
  return grades.find((grade) => score >= grade.minScore) ?? grades[grades.length - 1];
}

export function gradeByCode(code: string, ruleset: Ruleset): Grade {
  const grade = ruleset.evaluation.grades.find((candidate) => candidate.code === code);
  if (grade === undefined) throw new RangeError(`Grade ${code} is not on the scale of ${ruleset.id} v${ruleset.version}`);
  return grade;
}

/** The worse of two grades: the one further down the scale. */
export function worseGrade(a: Grade, b: Grade, ruleset: Ruleset): Grade {
  const { grades } = ruleset.evaluation;
  return grades.indexOf(a) >= grades.indexOf(b) ? a : b;
}

/** Art. 7 对运行高效、发展良好的众创空间,优先推荐申报省级众创空间. */
export function recommendedToProvince(grade: string, ruleset: Ruleset): boolean {
  return grade === ruleset.evaluation.recommendedGrade;
}

/** Art. 7 不合格: the grade that counts toward revocation. */
export function isUnqualified(grade: string, ruleset: Ruleset): boolean {
  return grade === ruleset.evaluation.unqualifiedGrade;
}
