// An insight's small chart (Recharts, like the dashboard's charts.tsx): each figure as a bar with its
// interval as an error bar, and the line it is judged against (1× for ratios to the user's typical
// post). Hidden from assistive technology; the same figures are in the card's evidence list.
import type { Insight, InsightChartPoint } from '@brandwright/contracts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_PROPS, CHART } from '../../../theme/graphics';
import { figure, isRatio } from './evidenceText';

function pointsOf(insight: Insight): InsightChartPoint[] {
  if (insight.chart && insight.chart.length > 0) return insight.chart;
  const { effect, interval, n } = insight.evidence;
  return [{ label: 'Estimate', value: effect, low: interval[0], high: interval[1], n }];
}

/** The reference line: 1× for ratios, the baseline for other figures; none for a period change. */
function referenceOf(insight: Insight): number | null {
  const { metric, baseline } = insight.evidence;
  if (metric === 'engagement_rate_change') return null;
  return isRatio(metric) ? 1 : baseline;
}

export function EvidenceChart({ insight }: { insight: Insight }) {
  if (insight.evidence.metric === 'posts_missing') return <PostsMissing insight={insight} />;
  const data = pointsOf(insight).map((p) => ({
    ...p,
    error: [p.low === undefined ? 0 : p.value - p.low, p.high === undefined ? 0 : p.high - p.value],
  }));
  const reference = referenceOf(insight);
  return (
    <div className="h-36" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        {/* aria-hidden (the card says it in words), so no focusable keyboard layer inside. */}
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART.grid} vertical={false} />
          <XAxis dataKey="label" {...AXIS_PROPS} interval={0} />
          <YAxis {...AXIS_PROPS} width={48} tickFormatter={(v: number) => figure(v)} />
          <Bar dataKey="value" fill={CHART.bar} isAnimationActive={false} maxBarSize={48}>
            <ErrorBar dataKey="error" width={8} stroke={CHART.interval} strokeWidth={1.5} />
          </Bar>
          {reference !== null && (
            <ReferenceLine
              y={reference}
              stroke={CHART.reference}
              strokeDasharray="4 3"
              label={{
                value: isRatio(insight.evidence.metric) ? 'no difference' : 'baseline',
                fontSize: 10,
                fill: CHART.referenceLabel,
                position: 'insideTopRight',
              }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** For the data insight: how far the period is from the posts patterns need. */
function PostsMissing({ insight }: { insight: Insight }) {
  const { n, baseline } = insight.evidence;
  return (
    <div aria-hidden="true" className="space-y-1">
      <div className="h-3 w-full overflow-hidden rounded-full bg-slate-200">
        <div
          className="h-full bg-indigo-600"
          style={{ width: `${Math.min(100, (n / Math.max(1, baseline)) * 100)}%` }}
        />
      </div>
      <p className="text-xs text-slate-600">
        {n} of {figure(baseline)} posts
      </p>
    </div>
  );
}
