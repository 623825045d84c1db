// One piece's analytics, per platform it went to: latest metrics, the rate with its denominator, and
// the growth over time (a chart with its table). Used by the editor and the schedule page.
import type { Platform, PostPlatformAnalytics } from '@brandwright/contracts';
import { ErrorState } from '../../components/ErrorState';
import { Spinner } from '../../components/Spinner';
import { useContentAnalytics } from '../../queries/analytics';
import { CHART, PLATFORM_CHART_COLOURS } from '../../theme/graphics';
import { TimeChart } from './charts';
import { denominatorLabel, formatCount, formatRate, PLATFORM_LABELS } from './format';

const SHOWN = [
  'impressions',
  'reach',
  'likes',
  'comments',
  'shares',
  'quotes',
  'bookmarks',
  'clicks',
] as const;

/** How long after publishing an observation was made: "1 h", "6 h", "3 d". */
function ageLabel(publishedAt: string, at: string): string {
  const hours = (Date.parse(at) - Date.parse(publishedAt)) / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  return hours < 48 ? `${Math.round(hours)} h` : `${Math.round(hours / 24)} d`;
}

function PlatformFigures({ post }: { post: PostPlatformAnalytics }) {
  const label = PLATFORM_LABELS[post.platform];
  if (!post.metricsAvailable)
    return (
      <p className="text-sm text-slate-600">
        {label} has no metrics API: there is nothing to show for this post.
      </p>
    );
  const reported = SHOWN.filter((key) => post.latest[key] !== undefined);
  const days = post.series.map((p) => p.observedAt);
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {reported.map((key) => (
          <div key={key}>
            <dt className="text-xs text-slate-500 capitalize">{key}</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">
              {formatCount(post.latest[key] ?? 0)}
            </dd>
          </div>
        ))}
        <div>
          <dt className="text-xs text-slate-500">Engagement rate</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">{formatRate(post.engagementRate)}</dd>
          {post.engagementRate && (
            <dd className="text-[11px] text-slate-500">{denominatorLabel(post.engagementRate)}</dd>
          )}
        </div>
      </dl>
      {post.series.length > 1 && (
        <TimeChart
          title={`${label}: growth since publishing`}
          days={days}
          labelHeading="Age"
          formatLabel={(at) => ageLabel(post.publishedAt, at)}
          series={[
            ...(reported.includes('impressions')
              ? [
                  {
                    key: 'impressions',
                    label: 'Impressions',
                    colour: PLATFORM_CHART_COLOURS[post.platform],
                    values: post.series.map((p) => p.metrics.impressions ?? 0),
                  },
                ]
              : []),
            {
              key: 'likes',
              label: 'Likes',
              colour: CHART.likes,
              values: post.series.map((p) => p.metrics.likes ?? 0),
            },
          ]}
        />
      )}
      {post.trackingStatus === 'stopped' && (
        <p className="text-xs text-amber-800">
          Fetching stopped: the connection was revoked. Reconnect on the Platforms page.
        </p>
      )}
      {post.trackingStatus === 'deleted' && (
        <p className="text-xs text-slate-600">The post was deleted on {label}; these are its last figures.</p>
      )}
    </div>
  );
}

export default function PostAnalytics({ contentId, platform }: { contentId: string; platform?: Platform }) {
  const query = useContentAnalytics(contentId);
  if (query.isPending) return <Spinner />;
  if (query.isError)
    return (
      <ErrorState title="Analytics could not be loaded" error={query.error} onRetry={() => query.refetch()} />
    );
  const posts = query.data.platforms.filter((p) => !platform || p.platform === platform);
  if (posts.length === 0)
    return (
      <p className="text-sm text-slate-600">No metrics yet: they are fetched after the post is published.</p>
    );
  return (
    <div className="space-y-4">
      {posts.map((post) => (
        <section key={post.trackedPostId} aria-label={PLATFORM_LABELS[post.platform]} className="space-y-2">
          {/* A schedule row names its platform and links its post already. */}
          {!platform && (
            <h3 className="flex items-baseline gap-2 text-sm font-semibold text-slate-900">
              {PLATFORM_LABELS[post.platform]}
              {post.url && (
                <a
                  href={post.url}
                  target="_blank"
                  rel="noreferrer"
                  className="text-xs font-normal text-indigo-700 hover:underline"
                >
                  View post
                </a>
              )}
            </h3>
          )}
          <PlatformFigures post={post} />
        </section>
      ))}
    </div>
  );
}
