import { divisionName, formatFigure, formatInstant, formatYuan, recommendationFileName } from './format';

describe('the console formats', () => {
  it('names a division in either language, and keeps an unknown code', () => {
    expect(divisionName('210302', 'zh')).toBe('铁东区');
    expect(divisionName('210302', 'en')).toBe('Tiedong District');
    expect(divisionName('999999', 'en')).toBe('999999');
  });

  it('shows an instant in Shanghai time and a calendar date as it is', () => {
    expect(formatInstant('2026-11-26T16:30:00.000Z')).toBe('2026-11-27 00:30');
    expect(formatInstant('2026-04-30')).toBe('2026-04-30');
    expect(formatInstant('not a date')).toBe('not a date');
  });

  it('writes amounts in yuan', () => {
    expect(formatYuan(500000, 'zh')).toBe('500,000 元');
    expect(formatYuan(1234.5, 'en')).toBe('CNY 1,234.5');
  });

  it('writes a rule figure of each kind', () => {
    expect(formatFigure(true, 'zh')).toBe('是');
    expect(formatFigure(false, 'en')).toBe('no');
    expect(formatFigure(499.99, 'en')).toBe('499.99');
    expect(formatFigure('Art. 5(2)', 'zh')).toBe('Art. 5(2)');
    expect(formatFigure({ newCompanies: 2, financings: 1 }, 'en')).toBe('newCompanies 2, financings 1');
  });

  it('names the CSV export by its year', () => {
    expect(recommendationFileName(2026)).toBe('recommendations-2026.csv');
  });
});
