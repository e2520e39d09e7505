import { filingYear, formatFilingNumber } from './filing-number';

describe('filing numbers', () => {
  it("reads 鞍科众备〔year〕 and the year's sequence in three digits", () => {
    expect(formatFilingNumber(2026, 1)).toBe('鞍科众备〔2026〕001');
    expect(formatFilingNumber(2026, 42)).toBe('鞍科众备〔2026〕042');
  });

  it('keeps counting past 999', () => {
    expect(formatFilingNumber(2027, 1000)).toBe('鞍科众备〔2027〕1000');
  });

  it('numbers an approval in the year of the meeting that gave it', () => {
    expect(filingYear('2026-12-31')).toBe(2026);
    expect(filingYear('2027-01-04')).toBe(2027);
  });
});
