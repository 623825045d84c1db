// `/analytics/platforms/:platform`: one platform's figures, follower series, daily chart and top
// posts; Medium says it has no metrics API.
import { type Platform, platformSchema } from '@brandwright/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DayRange } from '../../api/analytics';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { usePlatformAnalytics } from '../../queries/analytics';
import { CHART, PLATFORM_CHART_COLOURS } from '../../theme/graphics';
import { NotFoundPage } from '../NotFoundPage';
import { AnalyticsEmptyState } from './AnalyticsEmptyState';
import { TimeChart } from './charts';
import { ExportButton } from './ExportButton';
import {
  denominatorLabel,
  formatChange,
  formatCount,
  formatDay,
  formatRate,
  PLATFORM_LABELS,
} from './format';
import { RangePicker } from './RangePicker';
import { TopPosts } from './TopPosts';

function Figures({ platform, range }: { platform: Platform; range: DayRange | null }) {
  const user = useCurrentUser();
  const [asked, setAsked] = useState(range);
  const query = usePlatformAnalytics(platform, asked);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const view = query.data;
  const label = PLATFORM_LABELS[platform];
  if (!view.metricsAvailable)
    return (
      <p className="rounded-xl border border-slate-200 bg-white p-6 text-sm text-slate-700">
        {label} has no metrics API, so Brandwright cannot show its impressions or engagements.{' '}
        {formatCount(view.posts.current)} posts were published there from {formatDay(view.range.from)} to{' '}
        {formatDay(view.range.to)}.
      </p>
    );
  const totals = view.totals;
  const rate = view.engagementRate?.current ?? null;
  const days = view.series.map((p) => p.date);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <RangePicker zone={user.profile.timezone} value={asked} shown={view.range} onChange={setAsked} />
        <ExportButton range={asked} />
      </div>
      {view.posts.current === 0 && view.followers.length === 0 && (
        <AnalyticsEmptyState title={`No ${label} data in this period`} />
      )}
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[
          ['Posts', formatCount(view.posts.current), formatChange(view.posts.changePercent)],
          [
            'Engagements',
            formatCount(totals?.engagements.current ?? 0),
            formatChange(totals?.engagements.changePercent ?? null),
          ],
          ['Engagement rate', formatRate(rate), rate ? denominatorLabel(rate) : 'no denominator yet'],
          [
            'Followers gained',
            totals?.followersGained ? formatCount(totals.followersGained.current) : '—',
            totals?.followersGained
              ? formatChange(totals.followersGained.changePercent)
              : 'no follower counts yet',
          ],
        ].map(([name, value, note]) => (
          <div key={name} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{name}</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</dd>
            <dd className="text-xs text-slate-500">{note}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <TimeChart
          title="Engagements per day"
          days={days}
          series={[
            {
              key: 'engagements',
              label: 'Engagements',
              colour: PLATFORM_CHART_COLOURS[platform],
              values: view.series.map((p) => p.engagements),
            },
          ]}
        />
        {view.followers.length > 0 && (
          <TimeChart
            title="Followers"
            days={view.followers.map((p) => p.date)}
            series={[
              {
                key: 'followers',
                label: 'Followers',
                colour: CHART.followers,
                values: view.followers.map((p) => p.followers),
              },
            ]}
          />
        )}
      </div>
      <section aria-labelledby="platform-top" className="space-y-2">
        <h2 id="platform-top" className="text-base font-semibold text-slate-900">
          Top posts
        </h2>
        <TopPosts posts={view.topPosts} />
      </section>
    </div>
  );
}

export function PlatformAnalyticsPage() {
  const parsed = platformSchema.safeParse(useParams().platform);
  if (!parsed.success) return <NotFoundPage />;
  const platform = parsed.data;
  return (
    <div className="space-y-6">
      <title>{`${PLATFORM_LABELS[platform]} analytics · Brandwright`}</title>
      <div>
        <Link to="/" className="text-sm text-indigo-700 hover:underline">
          ← Dashboard
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">
          {PLATFORM_LABELS[platform]} analytics
        </h1>
      </div>
      <Figures key={platform} platform={platform} range={null} />
    </div>
  );
}
