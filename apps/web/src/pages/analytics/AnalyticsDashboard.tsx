// The home dashboard once there is data: range picker and export, KPI tiles with sparklines,
// impressions and engagements per platform over time, the platforms and the top posts. Loaded lazily
// (it brings Recharts). Figures are post performance: each post's lifetime totals on its publish day.
import type { AnalyticsOverview } from '@brandwright/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DayRange } from '../../api/analytics';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { useOverview } from '../../queries/analytics';
import { PLATFORM_CHART_COLOURS } from '../../theme/graphics';
import { BenchmarkCard } from './BenchmarkCard';
import { TimeChart } from './charts';
import { ExportButton } from './ExportButton';
import { formatDay, PLATFORM_LABELS } from './format';
import { KpiTiles } from './KpiTiles';
import { PlatformTable } from './PlatformTable';
import { RangePicker } from './RangePicker';
import { TopPosts } from './TopPosts';

function perPlatform(overview: AnalyticsOverview, key: 'impressions' | 'engagements') {
  return overview.platforms
    .filter(
      (p) =>
        p.metricsAvailable &&
        (key === 'engagements' || p.engagementRate?.current?.denominator !== 'followers'),
    )
    .map((p) => ({
      key: p.platform,
      label: PLATFORM_LABELS[p.platform],
      colour: PLATFORM_CHART_COLOURS[p.platform],
      values: p.series.map((point) => point[key]),
    }));
}

export function DashboardBody({ overview }: { overview: AnalyticsOverview }) {
  const days = overview.series.map((p) => p.date);
  const impressions = perPlatform(overview, 'impressions');
  return (
    <div className="space-y-6">
      <KpiTiles overview={overview} />
      <div className="grid gap-4 lg:grid-cols-2">
        {impressions.length > 0 && (
          <TimeChart title="Impressions per platform" days={days} series={impressions} />
        )}
        <TimeChart
          title="Engagements per platform"
          days={days}
          series={perPlatform(overview, 'engagements')}
        />
      </div>
      <section aria-labelledby="by-platform" className="space-y-2">
        <h3 id="by-platform" className="text-base font-semibold text-slate-900">
          By platform
        </h3>
        <PlatformTable platforms={overview.platforms} />
      </section>
      <section aria-labelledby="top-posts" className="space-y-2">
        <h3 id="top-posts" className="text-base font-semibold text-slate-900">
          Top posts
        </h3>
        <TopPosts posts={overview.topPosts} />
      </section>
    </div>
  );
}

export default function AnalyticsDashboard() {
  const user = useCurrentUser();
  const [range, setRange] = useState<DayRange | null>(null);
  const query = useOverview(range);
  if (query.isPending) return <PageLoader label="Loading your analytics…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const overview = query.data;
  return (
    <section aria-labelledby="dashboard" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="dashboard" className="text-lg font-semibold text-slate-900">
            Performance, {formatDay(overview.range.from)} – {formatDay(overview.range.to)}
          </h2>
          <p className="text-xs text-slate-500">
            Posts published in the period, with their lifetime totals; compared with the {days(overview)} days
            before. Days in {overview.timezone}.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link to="/analytics/insights" className="text-sm font-medium text-indigo-800 underline">
            Insights
          </Link>
          <Link to="/analytics/reports" className="text-sm font-medium text-indigo-800 underline">
            Monthly reports
          </Link>
          <Link to="/analytics/best-times" className="text-sm font-medium text-indigo-800 underline">
            Best times to post
          </Link>
          <Link to="/analytics/import" className="text-sm font-medium text-indigo-800 underline">
            Import past posts
          </Link>
          <ExportButton range={range} />
        </div>
      </div>
      <RangePicker zone={user.profile.timezone} value={range} shown={overview.range} onChange={setRange} />
      <DashboardBody overview={overview} />
      <BenchmarkCard />
    </section>
  );
}

function days(overview: AnalyticsOverview): number {
  return overview.series.length;
}
