// Assembles overview figures from tracked posts (pure). The view is *post performance*, as Sprout
// Social names it: each post's latest (lifetime) counts are credited to the local day it was
// published, so a period's figures are "how the posts of that period did", and the previous period
// of equal length is compared the same way. Followers gained come from the account counts instead.
import type {
  AnalyticsTotals,
  Compared,
  ComparedRate,
  DailyPoint,
  Platform,
  PlatformSummary,
  RateDenominator,
  TopPost,
} from '@brandwright/contracts';
import type { FollowerMarks, PostRow } from './analytics-read.repository.js';
import { daysOf, localDay, type ResolvedRange } from './analytics-read-dates.js';
import {
  combineRates,
  ENGAGEMENT_RULES,
  engagementsOf,
  metricsAvailable,
  postRate,
  rateParts,
} from './engagement.js';

export const TOP_POSTS = 5;
const SUMMED = ['impressions', 'likes', 'comments', 'shares', 'clicks'] as const;
type Sums = Record<(typeof SUMMED)[number] | 'engagements' | 'posts', number>;

export interface PeriodPosts {
  current: PostRow[];
  previous: PostRow[];
}

/** Splits posts of both periods by their publishing instant. */
export function splitPeriods(posts: PostRow[], range: ResolvedRange): PeriodPosts {
  return {
    current: posts.filter((p) => p.publishedAt >= range.start && p.publishedAt < range.end),
    previous: posts.filter((p) => p.publishedAt >= range.previousStart && p.publishedAt < range.start),
  };
}

export function compare(current: number, previous: number): Compared {
  const changePercent = previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10;
  return { current, previous, changePercent };
}

function sums(posts: PostRow[]): Sums {
  const out: Sums = { impressions: 0, likes: 0, comments: 0, shares: 0, clicks: 0, engagements: 0, posts: 0 };
  for (const post of posts) {
    out.posts += 1;
    const engagements = engagementsOf(post.platform, post.latest);
    // Medium's posts count as posts, never as zeros of metrics it does not have.
    if (engagements === null) continue;
    out.engagements += engagements;
    for (const key of SUMMED) out[key] += post.latest[key] ?? 0;
  }
  return out;
}

/** Followers gained by the accounts between two boundaries; null when none was ever recorded. */
export function followersGained(marks: FollowerMarks[], period: 'current' | 'previous'): number | null {
  let total: number | null = null;
  for (const m of marks) {
    const [before, after] =
      period === 'current' ? [m.beforeStart, m.beforeEnd] : [m.beforePrevious, m.beforeStart];
    if (after === null) continue;
    // An account first counted inside the period gained what was seen since its first count.
    total = (total ?? 0) + after - (before ?? m.earliest);
  }
  return total;
}

export function totals(posts: PeriodPosts, marks: FollowerMarks[]): AnalyticsTotals {
  const [cur, prev] = [sums(posts.current), sums(posts.previous)];
  const [gainedNow, gainedBefore] = [followersGained(marks, 'current'), followersGained(marks, 'previous')];
  return {
    impressions: compare(cur.impressions, prev.impressions),
    engagements: compare(cur.engagements, prev.engagements),
    likes: compare(cur.likes, prev.likes),
    comments: compare(cur.comments, prev.comments),
    shares: compare(cur.shares, prev.shares),
    clicks: compare(cur.clicks, prev.clicks),
    posts: compare(cur.posts, prev.posts),
    followersGained: gainedNow === null ? null : compare(gainedNow, gainedBefore ?? 0),
  };
}

function partsOf(posts: PostRow[]) {
  return posts.map((p) => rateParts(p.platform, p.latest, p.followersAtPost)).filter((p) => p !== null);
}

export function comparedRate(posts: PeriodPosts, denominator: RateDenominator): ComparedRate {
  return {
    current: combineRates(partsOf(posts.current), denominator),
    previous: combineRates(partsOf(posts.previous), denominator),
  };
}

/** One rate per denominator that some post of either period contributes to. */
export function ratesByDenominator(posts: PeriodPosts) {
  const used = new Set(partsOf([...posts.current, ...posts.previous]).map((p) => p.denominator));
  return (['impressions', 'followers'] as const)
    .filter((d) => used.has(d))
    .map((denominator) => ({ denominator, rate: comparedRate(posts, denominator) }));
}

/** The daily series of the range: every day present, posts credited to their local publishing day. */
export function dailySeries(posts: PostRow[], range: ResolvedRange): DailyPoint[] {
  const points = new Map<string, DailyPoint>(
    daysOf(range.range).map((date) => [date, { date, impressions: 0, engagements: 0, posts: 0 }]),
  );
  for (const post of posts) {
    const point = points.get(localDay(post.publishedAt, range.zone));
    if (!point) continue;
    point.posts += 1;
    point.impressions += post.latest.impressions ?? 0;
    point.engagements += engagementsOf(post.platform, post.latest) ?? 0;
  }
  return [...points.values()];
}

/** The posts of the period with the most engagements (ties: the more recent first). */
export function topPosts(posts: PostRow[], limit = TOP_POSTS): TopPost[] {
  return posts
    .filter((p) => metricsAvailable(p.platform))
    .map((p) => ({ post: p, engagements: engagementsOf(p.platform, p.latest) ?? 0 }))
    .sort(
      (a, b) => b.engagements - a.engagements || b.post.publishedAt.getTime() - a.post.publishedAt.getTime(),
    )
    .slice(0, limit)
    .map(({ post, engagements }) => ({
      trackedPostId: post.id,
      contentId: post.contentId,
      platform: post.platform,
      url: post.url,
      excerpt: post.text.slice(0, 280),
      publishedAt: post.publishedAt.toISOString(),
      metrics: metricsView(post.latest),
      engagements,
      engagementRate: postRate(post.platform, post.latest, post.followersAtPost),
    }));
}

/** The counts the API shows (follower counts belong to accounts, not posts). */
export function metricsView(latest: PostRow['latest']): TopPost['metrics'] {
  const { followers: _followers, ...rest } = latest;
  return rest;
}

export function platformSummary(
  platform: Platform,
  posts: PeriodPosts,
  marks: FollowerMarks[],
  range: ResolvedRange,
): PlatformSummary {
  const own = {
    current: posts.current.filter((p) => p.platform === platform),
    previous: posts.previous.filter((p) => p.platform === platform),
  };
  const postsCompared = compare(own.current.length, own.previous.length);
  if (!metricsAvailable(platform))
    return {
      platform,
      metricsAvailable: false,
      posts: postsCompared,
      totals: null,
      engagementRate: null,
      series: [],
    };
  const denominator = ENGAGEMENT_RULES[platform].denominator ?? 'impressions';
  return {
    platform,
    metricsAvailable: true,
    posts: postsCompared,
    totals: totals(
      own,
      marks.filter((m) => m.platform === platform),
    ),
    engagementRate: comparedRate(own, denominator),
    series: dailySeries(own.current, range),
  };
}
