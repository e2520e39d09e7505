import { CsvTable } from './csv-table';

interface Space {
  name: string;
  area: number | null;
  note?: string;
}

const table = new CsvTable<Space>([
  { header: 'space_name', value: (s) => s.name },
  { header: 'area_m2', value: (s) => s.area },
  { header: 'note', value: (s) => s.note },
]);

const names = new CsvTable<{ name: string }>([{ header: 'space_name', value: (s) => s.name }]);

describe('a CSV export', () => {
  it('starts with a byte-order mark and its header, and ends every line with CRLF', () => {
    expect(table.file([{ name: '鞍山创客空间', area: 800 }])).toBe('\uFEFFspace_name,area_m2,note\r\n鞍山创客空间,800,\r\n');
  });

  it('quotes a cell holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(table.lines([{ name: 'Maker "Hub", Tiedong', area: null, note: 'first line\nsecond\rthird' }])).toBe(
      '"Maker ""Hub"", Tiedong",,"first line\nsecond\rthird"\r\n',
    );
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('keeps %j as text: a leading apostrophe, never a formula', (name) => {
    const line = names.lines([{ name }]);
    const cell = line.startsWith('"') ? line.slice(1, -3).replace(/""/g, '"') : line.slice(0, -2);
    expect(cell).toBe(`'${name}`);
  });

  it('writes numbers as numbers, a negative one included', () => {
    expect(table.lines([{ name: 'x', area: -5 }])).toBe('x,-5,\r\n');
  });

  it('is only the header for no rows', () => {
    expect(table.file([])).toBe('\uFEFFspace_name,area_m2,note\r\n');
  });
});
