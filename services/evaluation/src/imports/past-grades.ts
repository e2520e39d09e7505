import { type CalendarDate, dateParts, type Ruleset, revocationDue, RULESETS, selectRuleset } from '@makerspace/policy';

interface GradesIssue {
  rule: string;
  message: string;
  article?: string;
}

/** One evaluated year and its confirmed grade: `2022:B`, `2022=B` or `2022：B`. */
const PAIR = /^(\d{4})\s*[:=：]\s*([A-Za-z])$/;

/**
 * The confirmed grades of the years evaluated before go-live, written `2022:B; 2023:C` (commas,
 * semicolons, their full-width forms or spaces between the pairs; empty when none). A year must be
 * evaluable (from the year of filing to last year: a year is evaluated the January after it), at
 * most once, and its grade on the scale of the ruleset in force when that year was evaluated.
 */
export function readPastGrades(
  text: string,
  filedOn: CalendarDate | undefined,
  today: CalendarDate,
): { byYear: Record<number, string> } | { issue: GradesIssue } {
  const byYear: Record<number, string> = {};
  const lastEvaluable = dateParts(today).year - 1;
  for (const part of text.split(/[;,；，\s]+/).filter(Boolean)) {
    const pair = PAIR.exec(part.replace(/\s+/g, ''));
    if (!pair) return { issue: { rule: 'pastGradesFormat', message: `"${part}" is not a year and grade like 2022:B` } };
    const year = Number(pair[1]);
    const grade = pair[2].toUpperCase();
    if (byYear[year] !== undefined) return { issue: { rule: 'pastGradesYear', message: `${year} is graded twice` } };
    if (year > lastEvaluable)
      return {
        issue: { rule: 'pastGradesYear', message: `${year} cannot have been evaluated yet: the last evaluable year is ${lastEvaluable}`, article: 'Art. 7' },
      };
    if (filedOn && year < dateParts(filedOn).year)
      return { issue: { rule: 'pastGradesYear', message: `${year} is before the space was filed (${filedOn})`, article: 'Art. 7' } };
    const scale = selectRuleset(RULESETS, `${year + 1}-01-01` as CalendarDate).evaluation.grades.map((g) => g.code);
    if (!scale.includes(grade))
      return { issue: { rule: 'gradeScale', message: `${year}: grade ${grade} is not on the scale ${scale.join(', ')}`, article: 'Art. 7' } };
    byYear[year] = grade;
  }
  return { byYear };
}

/**
 * Art. 7: unqualified in two consecutive years revokes a space, so grades with such a run describe
 * a space that had already lost its status: it is not taken under supervision. Every year is
 * checked as the latest, as it was when that year was confirmed.
 */
export function pastGradesIssue(byYear: Record<number, string>, ruleset: Ruleset): string | undefined {
  for (const year of Object.keys(byYear).map(Number)) {
    const upTo = Object.fromEntries(Object.entries(byYear).filter(([y]) => Number(y) <= year));
    const check = revocationDue(upTo, ruleset);
    if (check.due) return `${check.message.en} (${check.message.zh}); a revoked space is not imported`;
  }
  return undefined;
}
