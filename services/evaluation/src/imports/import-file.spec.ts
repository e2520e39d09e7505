import { testing } from '@makerspace/policy';
import { columnLetter } from './import-columns';
import { readImportFile } from './import-file';

const today = '2026-11-27';
const header = ['filing_number', 'space_name', 'organisation', 'uscc', 'venue', 'district', 'filed_on', 'past_grades'];
const good = (n: number, overrides: Partial<Record<string, string>> = {}): string[] => {
  const row: Record<string, string> = {
    filing_number: `鞍科众备〔2022〕${String(n).padStart(3, '0')}`,
    space_name: `创客空间${n}`,
    organisation: `鞍山市运营公司${n}`,
    uscc: testing.aValidUscc('210302'),
    venue: '铁东区南中华路 1号',
    district: '210302',
    filed_on: '2022-05-10',
    past_grades: '2022:B; 2023:C',
    ...overrides,
  };
  return header.map((h) => row[h]);
};

describe('readImportFile', () => {
  it('reads every row into a space with its district, filing date and past grades', () => {
    const { spaces, issues } = readImportFile([header, good(1), good(2, { district: '铁西区', past_grades: '' })], today);
    expect(issues).toEqual([]);
    expect(spaces).toEqual([
      expect.objectContaining({
        row: 2,
        filingNumber: '鞍科众备〔2022〕001',
        divisionCode: '210302',
        filedOn: '2022-05-10',
        pastGrades: { 2022: 'B', 2023: 'C' },
      }),
      expect.objectContaining({ row: 3, divisionCode: '210303', pastGrades: {} }),
    ]);
  });

  it('names row 7 and the USCC column for a wrong check character', () => {
    const uscc = testing.aValidUscc('210302');
    const broken = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const rows = [header, good(1), good(2), good(3), good(4), good(5), good(6, { uscc: broken })];
    const { issues } = readImportFile(rows, today);
    expect(issues).toEqual([expect.objectContaining({ row: 7, column: 'uscc', field: 'row 7, column D (uscc)', rule: 'usccCheck', article: 'Art. 5(1)' })]);
    expect(issues[0].message).toMatch(/check character expected/);
  });

  it('reports every bad cell of every row at once', () => {
    const { spaces, issues } = readImportFile(
      [
        header,
        good(1, { district: '999999', filed_on: '2022-02-30' }),
        good(2, { past_grades: '2022:E' }),
        good(3, { past_grades: '2027:A' }),
        good(4, { filing_number: 'A-17', organisation: '' }),
        good(5, { past_grades: '2023:D, 2024:D' }),
        good(6, { filed_on: '2019-06-01', past_grades: '' }),
        good(7, { filed_on: '2027-01-01', past_grades: '' }),
        good(8, { past_grades: '2021:B' }),
      ],
      today,
    );
    expect(spaces).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [2, 'district', 'district'],
      [2, 'filed_on', 'calendarDate'],
      [3, 'past_grades', 'gradeScale'],
      [4, 'past_grades', 'pastGradesYear'],
      [5, 'filing_number', 'filingNumberFormat'],
      [5, 'organisation', 'required'],
      [6, 'past_grades', 'revokedBefore'],
      [7, 'filed_on', 'inForce'],
      [8, 'filed_on', 'notInFuture'],
      [9, 'past_grades', 'pastGradesYear'],
    ]);
    expect(issues.find((i) => i.rule === 'revokedBefore')).toMatchObject({ article: 'Art. 7' });
  });

  it('refuses a filing number given twice at its second row', () => {
    const { spaces, issues } = readImportFile([header, good(1), good(1)], today);
    expect(spaces).toHaveLength(1);
    expect(issues).toEqual([expect.objectContaining({ row: 3, column: 'filing_number', rule: 'uniqueInFile', message: expect.stringContaining('row 2') })]);
  });

  it("reads the bureau's Chinese headings, without a space name column, and leaves empty rows out", () => {
    const zh = ['备案编号', '运营主体', '统一社会信用代码', '场地地址', '所在区县', '备案日期', '历年评价'];
    const row = ['鞍科众备〔2023〕010', '鞍山市某公司', testing.aValidUscc('210303'), '铁西区', '210303', '2023-03-01', '2023：A'];
    const { spaces, issues } = readImportFile([zh, ['', ''], row], today);
    expect(issues).toEqual([]);
    expect(spaces).toEqual([expect.objectContaining({ row: 3, spaceName: '鞍山市某公司', pastGrades: { 2023: 'A' } })]);
  });

  it('refuses a header line without a required column', () => {
    expect(() => readImportFile([header.filter((h) => h !== 'uscc'), []], today)).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({ issues: [expect.objectContaining({ field: 'row 1, column uscc', rule: 'requiredColumn' })] }),
      }),
    );
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
  });
});
