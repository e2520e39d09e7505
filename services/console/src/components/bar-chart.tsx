/** One bar of a stacked chart: a label and its segments' counts. */
export interface Bar {
  label: string;
  segments: Record<string, number>;
}

const COLOURS: Readonly<Record<string, string>> = { A: '#1b7f3b', B: '#4caf50', C: '#f2b01e', D: '#c62828', SCORED: '#7e8ea0', REQUESTED: '#c5cdd6' };

/**
 * A horizontal stacked bar chart drawn as SVG, with a legend and a text alternative (a table),
 * so the figures can be read without seeing the chart.
 */
export function BarChart({ title, bars, order, legend }: { title: string; bars: readonly Bar[]; order: readonly string[]; legend(key: string): string }) {
  const max = Math.max(1, ...bars.map((b) => Object.values(b.segments).reduce((s, n) => s + n, 0)));
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 600;
  const scale = (width - labelWidth - 40) / max;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${bars.length * rowHeight + 10}`} role="img" aria-label={title}>
        {bars.map((bar, row) => {
          let x = labelWidth;
          const total = Object.values(bar.segments).reduce((s, n) => s + n, 0);
          return (
            <g key={bar.label} transform={`translate(0 ${row * rowHeight + 5})`}>
              <text x={labelWidth - 8} y={rowHeight / 2 + 4} textAnchor="end" fontSize="13">
                {bar.label}
              </text>
              {order.map((key) => {
                const n = bar.segments[key] ?? 0;
                if (n === 0) return null;
                const rect = <rect key={key} x={x} y={3} width={n * scale} height={rowHeight - 8} fill={COLOURS[key] ?? '#999'} />;
                x += n * scale;
                return rect;
              })}
              <text x={x + 6} y={rowHeight / 2 + 4} fontSize="13">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title}
        <ul className="legend">
          {order.map((key) => (
            <li key={key}>
              <span className="swatch" style={{ background: COLOURS[key] ?? '#999' }} /> {legend(key)}
            </li>
          ))}
        </ul>
      </figcaption>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {order.map((key) => (
              <th key={key} scope="col">
                {legend(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              {order.map((key) => (
                <td key={key}>{bar.segments[key] ?? 0}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
