// The analytics charts (Recharts, loaded lazily so it never enters the sign-in bundle). Every chart
// is hidden from assistive technology and paired with a table holding the same numbers. Colours come
// from theme/graphics.ts (CSS variables), so grids, axes and tooltips follow the dark theme.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_PROPS, CHART, TOOLTIP_PROPS } from '../../theme/graphics';
import { formatCount, formatDay } from './format';

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
  values: number[];
}

interface TimeChartProps {
  title: string;
  days: string[];
  series: ChartSeries[];
  /** How a point's key reads (default: a day like "3 Mar"). */
  formatLabel?: (key: string) => string;
  /** The table's first column heading. */
  labelHeading?: string;
}

function rows(days: string[], series: ChartSeries[]) {
  return days.map((date, i) => ({
    date,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[i] ?? 0])),
  }));
}

/** Legend words in the text colour: a series colour is only sure of 3:1, enough for a line. */
function legendText(value: string) {
  return <span style={{ color: CHART.text }}>{value}</span>;
}

/** The numbers behind a chart, as a table (collapsed under a disclosure for sighted users). */
function ChartTable({ title, days, series, formatLabel = formatDay, labelHeading = 'Day' }: TimeChartProps) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-slate-600 hover:text-slate-900">Show the numbers</summary>
      <div className="mt-2 max-h-64 overflow-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="text-slate-500">
              <th scope="col" className="py-1 pr-4 font-medium">
                {labelHeading}
              </th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="py-1 pr-4 text-right font-medium">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, i) => (
              <tr key={day} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {formatLabel(day)}
                </th>
                {series.map((s) => (
                  <td key={s.key} className="py-1 pr-4 text-right tabular-nums">
                    {formatCount(s.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function TimeChart(props: TimeChartProps) {
  const { title, days, series, formatLabel = formatDay } = props;
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      <div className="mt-3 h-56" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {/* Hidden from assistive tech (the table below says the same), so no keyboard layer either. */}
          <LineChart
            data={rows(days, series)}
            margin={{ top: 4, right: 8, bottom: 0, left: -12 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={formatLabel} {...AXIS_PROPS} minTickGap={24} />
            <YAxis tickFormatter={formatCount} {...AXIS_PROPS} allowDecimals={false} width={48} />
            <Tooltip
              {...TOOLTIP_PROPS}
              labelFormatter={(d) => formatLabel(String(d))}
              formatter={(v) => formatCount(Number(v))}
            />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />}
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.colour}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartTable {...props} />
    </figure>
  );
}

/** A tile's small trend line; its numbers are in a screen-reader table. */
export function Sparkline({
  label,
  days,
  values,
  colour = CHART.primary,
}: {
  label: string;
  days: string[];
  values: number[];
  colour?: string;
}) {
  return (
    <div>
      <div className="h-10" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={values.map((v, i) => ({ i, v }))}
            margin={{ top: 2, right: 0, bottom: 2, left: 0 }}
            accessibilityLayer={false}
          >
            <Line dataKey="v" stroke={colour} strokeWidth={1.5} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{label} per day</caption>
        <tbody>
          {days.map((day, i) => (
            <tr key={day}>
              <th scope="row">{day}</th>
              <td>{values[i] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
