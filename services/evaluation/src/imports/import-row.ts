import type { FieldIssue } from '@makerspace/contracts';
import { isStorableText } from '@makerspace/http';
import { type CalendarDate, isCalendarDate, RULESETS, routeToDistrict, selectRuleset, validateUscc } from '@makerspace/policy';
import { type ColumnPositions, columnLetter, type ImportColumn } from './import-columns';
import { pastGradesIssue, readPastGrades } from './past-grades';

/** A refused cell: the issue names the row as the spreadsheet numbers it and the column. */
export interface ImportIssue extends FieldIssue {
  row: number;
  column: ImportColumn;
}

/** One space of the file, as it will be recorded. */
export interface ImportedSpace {
  row: number;
  filingNumber: string;
  spaceName: string;
  organisationName: string;
  uscc: string;
  venue: string;
  divisionCode: string;
  filedOn: CalendarDate;
  /** Confirmed grades by evaluated year. */
  pastGrades: Record<number, string>;
}

/** 鞍科众备〔2021〕007: the bureau's filing numbers, the same the review service gives (Art. 6(5)). */
const FILING_NUMBER = /^鞍科众备〔\d{4}〕\d{3,}$/;
const MAX_TEXT = 500;

/**
 * Reads one row of an import file against the Measures as in force `today`: every cell is checked
 * and every problem reported, so a person fixes the file in one pass.
 */
export function readImportRow(
  row: number,
  cells: readonly string[],
  positions: ColumnPositions,
  today: CalendarDate,
): { space?: ImportedSpace; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const refuse = (column: ImportColumn, rule: string, message: string, article?: string) => {
    const at = positions[column];
    const where = at === undefined ? column : `${columnLetter(at)} (${column})`;
    issues.push({ row, column, field: `row ${row}, column ${where}`, rule, message, ...(article ? { article } : {}) });
  };
  const cell = (column: ImportColumn): string => {
    const at = positions[column];
    const text = (at === undefined ? '' : (cells[at] ?? '')).trim();
    if (!isStorableText(text)) {
      refuse(column, 'storableText', 'holds characters that cannot be stored (NUL or a broken surrogate pair)');
      return '';
    }
    if (text.length > MAX_TEXT) {
      refuse(column, 'maxLength', `has ${text.length} characters, at most ${MAX_TEXT} are kept`);
      return '';
    }
    return text;
  };
  const required = (column: ImportColumn): string => {
    const text = cell(column);
    if (text === '' && !issues.some((i) => i.column === column)) refuse(column, 'required', 'is empty');
    return text;
  };
  const ruleset = selectRuleset(RULESETS, today);

  const filingNumber = required('filing_number');
  if (filingNumber && !FILING_NUMBER.test(filingNumber))
    refuse('filing_number', 'filingNumberFormat', `"${filingNumber}" is not a filing number like 鞍科众备〔2021〕007`, 'Art. 6');

  const organisationName = required('organisation');
  const spaceName = cell('space_name') || organisationName;
  const venue = required('venue');

  const uscc = required('uscc').toUpperCase();
  if (uscc) {
    const check = validateUscc(uscc);
    if (!check.valid) refuse('uscc', 'usccCheck', `${check.reason.en} (${check.reason.zh})`, 'Art. 5(1)');
  }

  const district = required('district');
  const division = district ? ruleset.jurisdiction.divisions.find((d) => d.code === district || d.name.zh === district || d.name.en === district) : undefined;
  if (district && !division) {
    const known = ruleset.jurisdiction.divisions.map((d) => `${d.code} ${d.name.zh}`).join(', ');
    refuse('district', 'district', `"${district}" is not a county, district or zone of the city (${known})`, 'Art. 6(1)');
  }
  const divisionCode = division && routeToDistrict(division.code, ruleset)?.code;

  const filedOn = required('filed_on');
  let filed: CalendarDate | undefined;
  if (filedOn && !isCalendarDate(filedOn)) refuse('filed_on', 'calendarDate', `"${filedOn}" is not a date YYYY-MM-DD`);
  else if (filedOn && filedOn > today) refuse('filed_on', 'notInFuture', `${filedOn} is after today (${today})`);
  else if (filedOn && !RULESETS.some((r) => r.effectiveFrom <= filedOn))
    refuse('filed_on', 'inForce', `${filedOn} is before the Measures came into force`, 'Art. 11');
  else if (filedOn) filed = filedOn as CalendarDate;

  const grades = readPastGrades(cell('past_grades'), filed, today);
  if ('issue' in grades) refuse('past_grades', grades.issue.rule, grades.issue.message, grades.issue.article);
  else {
    const revoked = pastGradesIssue(grades.byYear, ruleset);
    if (revoked) refuse('past_grades', 'revokedBefore', revoked, 'Art. 7');
  }

  if (issues.length > 0 || !filed || !divisionCode || 'issue' in grades) return { issues };
  return { issues, space: { row, filingNumber, spaceName, organisationName, uscc, venue, divisionCode, filedOn: filed, pastGrades: grades.byYear } };
}
