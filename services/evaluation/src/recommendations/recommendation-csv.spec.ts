import type { Recommendation } from '.prisma/evaluation-client';
import { RECOMMENDATION_CSV } from './recommendation-csv';

const recommendationCsv = (rows: Recommendation[]) => RECOMMENDATION_CSV.file(rows);

const row = (over: Partial<Recommendation> = {}): Recommendation => ({
  year: 2026,
  spaceId: 's-1',
  filingNumber: '鞍科众备〔2025〕001',
  spaceName: '鞍山创客空间',
  organisationId: 'org-1',
  divisionCode: '210302',
  grade: 'A',
  score: 91.5,
  recommendedOn: '2027-05-20',
  ...over,
});

describe('the provincial recommendation list as CSV', () => {
  it('has a header and one line a space, with a byte-order mark for spreadsheets', () => {
    expect(recommendationCsv([row()])).toBe(
      '\uFEFFyear,filing_number,space_name,division_code,grade,score,recommended_on\r\n2026,鞍科众备〔2025〕001,鞍山创客空间,210302,A,91.5,2027-05-20\r\n',
    );
  });

  it('quotes commas and quotes in names', () => {
    expect(recommendationCsv([row({ spaceName: 'Maker "Hub", Tiedong' })]).split('\r\n')[1]).toContain('"Maker ""Hub"", Tiedong"');
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    expect(recommendationCsv([row({ spaceName: '=HYPERLINK("x")' })]).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('is only the header for a year without recommendations', () => {
    expect(recommendationCsv([])).toBe('\uFEFFyear,filing_number,space_name,division_code,grade,score,recommended_on\r\n');
  });
});
