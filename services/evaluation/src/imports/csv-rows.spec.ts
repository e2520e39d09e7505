import { csvRows } from './csv-rows';

describe('csvRows', () => {
  it('reads quoted cells with commas, quotes and line breaks, CRLF lines and the BOM', () => {
    const text = '\uFEFFfiling_number,venue\r\n"鞍科众备〔2022〕001","铁东区 ""南""路 1号,\n二楼"\r\n鞍科众备〔2022〕002,x\n';
    expect(csvRows(text)).toEqual([
      ['filing_number', 'venue'],
      ['鞍科众备〔2022〕001', '铁东区 "南"路 1号,\n二楼'],
      ['鞍科众备〔2022〕002', 'x'],
    ]);
  });

  it('keeps digits as text and reads a last line without a line break', () => {
    expect(csvRows('uscc\n912103020000000001')).toEqual([['uscc'], ['912103020000000001']]);
  });
});
