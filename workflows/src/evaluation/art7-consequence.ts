import { recommendedToProvince, revocationDue, RevocationCheck, Ruleset } from '@makerspace/policy';

export type Art7Consequence = { kind: 'REVOKE'; check: RevocationCheck } | { kind: 'RECOMMEND' } | { kind: 'NONE' };

/**
 * Art. 7 once a year's grade is confirmed: 对连续2年度不合格的取消其众创空间资格, and the grade of a
 * space that 运行高效、发展良好 puts it on the provincial recommendation list. `others` holds the
 * confirmed grades of the space's other years. Results are not always confirmed in year order, so
 * the status is revoked when any run of consecutive unqualified years through this year is long
 * enough, judged as at the last year of that run.
 */
export function art7Consequence(year: number, grade: string, others: Readonly<Record<string, string>>, ruleset: Ruleset): Art7Consequence {
  const grades: Record<number, string> = {};
  for (const [y, g] of Object.entries(others)) grades[Number(y)] = g;
  grades[year] = grade;
  const laterYears = Object.keys(grades)
    .map(Number)
    .filter((y) => y >= year)
    .sort((a, b) => a - b);
  for (const latest of laterYears) {
    const upToLatest = Object.fromEntries(Object.entries(grades).filter(([y]) => Number(y) <= latest));
    const check = revocationDue(upToLatest, ruleset);
    if (check.due && check.unqualifiedYears.includes(year)) return { kind: 'REVOKE', check };
  }
  if (recommendedToProvince(grade, ruleset)) return { kind: 'RECOMMEND' };
  return { kind: 'NONE' };
}
