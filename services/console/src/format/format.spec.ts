import { citeArticle, divisionName, formatInstant, formatYuan, gradeName, inLanguage, recommendationFileName } from './format';

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

  it('cites articles as Chinese legal text does on Chinese pages, and keeps a freely typed one', () => {
    expect(citeArticle('Art. 5(1)', 'zh')).toBe('第五条第（一）项');
    expect(citeArticle('Art. 9', 'zh')).toBe('第九条');
    expect(citeArticle('Art. 5(1)', 'en')).toBe('Art. 5(1)');
    expect(citeArticle('第八条', 'zh')).toBe('第八条');
  });

  it('shows a text given in both languages in the page language, and any other as it is', () => {
    expect(inLanguage('公示期已结束 / the public notice is over', 'zh')).toBe('公示期已结束');
    expect(inLanguage('the public notice is over / 公示期已结束', 'zh')).toBe('公示期已结束');
    expect(inLanguage('补充租赁合同 / add the lease', 'en')).toBe('add the lease');
    expect(inLanguage('请补充租赁合同的备案页', 'en')).toBe('请补充租赁合同的备案页');
    expect(inLanguage('A / B', 'zh')).toBe('A / B');
  });

  it('names a grade with its label', () => {
    expect(gradeName('A', 'zh')).toBe('A（优秀）');
    expect(gradeName('D', 'en')).toBe('D (Unqualified)');
    expect(gradeName('E', 'en')).toBe('E');
  });

  it('names the CSV export by its year', () => {
    expect(recommendationFileName(2026)).toBe('recommendations-2026.csv');
  });
});
