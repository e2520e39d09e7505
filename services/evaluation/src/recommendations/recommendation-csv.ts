import type { Recommendation } from '.prisma/evaluation-client';
import { CsvTable } from '@makerspace/spreadsheet';

/** The provincial recommendation list of a year as CSV, one space a line. */
export const RECOMMENDATION_CSV = new CsvTable<Recommendation>([
  { header: 'year', value: (r) => r.year },
  { header: 'filing_number', value: (r) => r.filingNumber },
  { header: 'space_name', value: (r) => r.spaceName },
  { header: 'division_code', value: (r) => r.divisionCode },
  { header: 'grade', value: (r) => r.grade },
  { header: 'score', value: (r) => r.score },
  { header: 'recommended_on', value: (r) => r.recommendedOn },
]);
