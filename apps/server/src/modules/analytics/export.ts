// The CSV export: one row per tracked post (one post on one platform) published in the range, with
// every metric, streamed page by page through csv-stringify so a large history never sits in memory.
// Figures are the post-performance view: the post's latest lifetime counts, credited to its publish day.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { METRIC_TYPES } from './analytics.schema.js';
import type { AnalyticsReadRepository, PostRow } from './analytics-read.repository.js';
import { localDay, localTimestamp, type ResolvedRange } from './analytics-read-dates.js';
import { engagementsOf, metricsAvailable, postRate } from './engagement.js';

const PAGE = 500;
const POST_METRICS = METRIC_TYPES.filter((m) => m !== 'followers');

export const EXPORT_COLUMNS = [
  'published_date',
  'published_at',
  'platform',
  'url',
  'content_id',
  'source',
  'text',
  'metrics_available',
  ...POST_METRICS,
  'engagements',
  'engagement_rate',
  'rate_denominator',
  'followers_at_post',
  'metrics_updated_at',
  'tracking_status',
] as const;

/** One CSV record; a metric the platform did not report is an empty cell, not 0. */
export function exportRecord(post: PostRow, zone: string): (string | number)[] {
  const available = metricsAvailable(post.platform);
  const rate = postRate(post.platform, post.latest, post.followersAtPost);
  return [
    localDay(post.publishedAt, zone),
    localTimestamp(post.publishedAt, zone),
    post.platform,
    post.url ?? '',
    post.contentId ?? '',
    post.source,
    post.text,
    available ? 'yes' : 'no',
    ...POST_METRICS.map((m) => (available ? (post.latest[m] ?? '') : '')),
    engagementsOf(post.platform, post.latest) ?? '',
    rate ? Number(rate.value.toFixed(6)) : '',
    rate?.denominator ?? '',
    post.followersAtPost ?? '',
    post.latestAt ? localTimestamp(post.latestAt, zone) : '',
    post.trackingStatus,
  ];
}

async function* records(repository: AnalyticsReadRepository, userId: string, range: ResolvedRange) {
  let after: { publishedAt: Date; id: string } | null = null;
  for (;;) {
    const page: PostRow[] = await repository.exportPage(userId, range, after, PAGE);
    for (const post of page) yield exportRecord(post, range.zone);
    if (page.length < PAGE) return;
    const last = page[page.length - 1] as PostRow;
    after = { publishedAt: last.publishedAt, id: last.id };
  }
}

/** The CSV as a stream: header row first, then the posts in publishing order. */
export function exportCsv(
  repository: AnalyticsReadRepository,
  userId: string,
  range: ResolvedRange,
): Readable {
  const csv = stringify({ header: true, columns: [...EXPORT_COLUMNS], bom: false });
  const source = Readable.from(records(repository, userId, range));
  source.on('error', (err) => csv.destroy(err));
  return source.pipe(csv);
}
