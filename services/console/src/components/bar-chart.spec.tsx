import { renderToStaticMarkup } from 'react-dom/server';
import { BarChart } from './bar-chart';

describe('the stacked bar chart', () => {
  const markup = renderToStaticMarkup(
    <BarChart
      title="各区县评价结果"
      bars={[
        { label: '铁东区', segments: { A: 2, C: 1, REQUESTED: 1 } },
        { label: '台安县', segments: { D: 2 } },
      ]}
      order={['A', 'C', 'D', 'REQUESTED']}
      legend={(key) => `等级 ${key}`}
    />,
  );

  it('draws each segment in proportion to the largest bar', () => {
    const widths = [...markup.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    const [a, c, requested, d] = widths;
    expect(a).toBeCloseTo(2 * c);
    expect(requested).toBeCloseTo(c);
    expect(d).toBeCloseTo(a);
    expect(a + c + requested).toBeCloseTo(600 - 150 - 40);
  });

  it('names the chart and gives its figures as a table for those who cannot see it', () => {
    expect(markup).toContain('role="img" aria-label="各区县评价结果"');
    expect(markup).toMatch(/<th scope="row">台安县<\/th><td>0<\/td><td>0<\/td><td>2<\/td><td>0<\/td>/);
    expect(markup).toContain('等级 REQUESTED');
  });
});
