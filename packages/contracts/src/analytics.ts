// Analytics reads: the date range (calendar days in the user's zone), engagement rates with their
// denominator named, the overview, one platform's page, one piece's metrics. Shared by server and web.
// The view is *post performance*: each post's lifetime totals are credited to the day it was published.
import { z } from 'zod';
import { platformSchema } from './brand.js';
import { calendarDateSchema } from './calendar.js';

/** The longest range one request may ask for: a year and a day (a leap year's worth). */
export const ANALYTICS_MAX_RANGE_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** `from` and `to`: days of the user's calendar, both inclusive; default the last 28 days. */
export const analyticsRangeQuerySchema = z
  .object({ from: calendarDateSchema.optional(), to: calendarDateSchema.optional() })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from === undefined || q.to === undefined) return;
    const days = daysBetween(q.from, q.to);
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must be on or after from' });
    else if (days >= ANALYTICS_MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `At most ${ANALYTICS_MAX_RANGE_DAYS} days after from`,
      });
  });
export type AnalyticsRangeQuery = z.infer<typeof analyticsRangeQuerySchema>;

export const rateDenominatorSchema = z.enum(['impressions', 'followers']);
export type RateDenominator = z.infer<typeof rateDenominatorSchema>;

/** An engagement rate, always with what it was divided by (0.042 = 4.2 %). */
export const engagementRateSchema = z.object({ value: z.number(), denominator: rateDenominatorSchema });
export type EngagementRate = z.infer<typeof engagementRateSchema>;

const count = z.number().nonnegative();
/** Raw counts as the platform reported them; an absent key was not reported (never a made-up 0). */
export const postMetricsSchema = z.object({
  impressions: count.optional(),
  reach: count.optional(),
  likes: count.optional(),
  comments: count.optional(),
  shares: count.optional(),
  quotes: count.optional(),
  clicks: count.optional(),
  bookmarks: count.optional(),
  saves: count.optional(),
  sends: count.optional(),
});
export type PostMetricsView = z.infer<typeof postMetricsSchema>;

/** A figure for the period, the previous period of equal length, and the change in percent. */
export const comparedSchema = z.object({
  current: z.number(),
  previous: z.number(),
  /** Null when the previous period had 0 (a change from nothing has no percentage). */
  changePercent: z.number().nullable(),
});
export type Compared = z.infer<typeof comparedSchema>;

export const analyticsTotalsSchema = z.object({
  impressions: comparedSchema,
  engagements: comparedSchema,
  likes: comparedSchema,
  comments: comparedSchema,
  shares: comparedSchema,
  clicks: comparedSchema,
  posts: comparedSchema,
  /** Null when no follower counts were recorded for the period. */
  followersGained: comparedSchema.nullable(),
});
export type AnalyticsTotals = z.infer<typeof analyticsTotalsSchema>;

export const comparedRateSchema = z.object({
  current: engagementRateSchema.nullable(),
  previous: engagementRateSchema.nullable(),
});
export type ComparedRate = z.infer<typeof comparedRateSchema>;

export const dailyPointSchema = z.object({
  date: z.string(),
  impressions: z.number(),
  engagements: z.number(),
  posts: z.number().int(),
});
export type DailyPoint = z.infer<typeof dailyPointSchema>;

export const topPostSchema = z.object({
  trackedPostId: z.string().uuid(),
  contentId: z.string().uuid().nullable(),
  platform: platformSchema,
  url: z.string().nullable(),
  /** The first 280 characters of the post. */
  excerpt: z.string(),
  publishedAt: z.string().datetime({ offset: true }),
  metrics: postMetricsSchema,
  engagements: z.number(),
  engagementRate: engagementRateSchema.nullable(),
});
export type TopPost = z.infer<typeof topPostSchema>;

export const rangeSchema = z.object({ from: z.string(), to: z.string() });

/** One platform's figures; Medium (no metrics API) has `metricsAvailable: false` and null figures. */
export const platformSummarySchema = z.object({
  platform: platformSchema,
  metricsAvailable: z.boolean(),
  posts: comparedSchema,
  totals: analyticsTotalsSchema.nullable(),
  engagementRate: comparedRateSchema.nullable(),
  series: z.array(dailyPointSchema),
});
export type PlatformSummary = z.infer<typeof platformSummarySchema>;

export const analyticsOverviewSchema = z.object({
  timezone: z.string(),
  range: rangeSchema,
  previousRange: rangeSchema,
  /** Sums over platforms with metrics; impressions only where a platform reports them. */
  totals: analyticsTotalsSchema,
  /** One rate per denominator in use: LinkedIn and X divide by impressions, Bluesky and Mastodon by followers. */
  engagementRates: z.array(z.object({ denominator: rateDenominatorSchema, rate: comparedRateSchema })),
  platforms: z.array(platformSummarySchema),
  series: z.array(dailyPointSchema),
  topPosts: z.array(topPostSchema),
});
export type AnalyticsOverview = z.infer<typeof analyticsOverviewSchema>;

export const analyticsPlatformParamsSchema = z.object({ platform: platformSchema }).strict();

export const followerPointSchema = z.object({ date: z.string(), followers: z.number() });

export const analyticsPlatformViewSchema = platformSummarySchema.extend({
  timezone: z.string(),
  range: rangeSchema,
  previousRange: rangeSchema,
  /** The last follower count recorded on each day that has one. */
  followers: z.array(followerPointSchema),
  topPosts: z.array(topPostSchema),
});
export type AnalyticsPlatformView = z.infer<typeof analyticsPlatformViewSchema>;

export const postSeriesPointSchema = z.object({
  observedAt: z.string().datetime({ offset: true }),
  metrics: postMetricsSchema,
});

export const postPlatformAnalyticsSchema = z.object({
  trackedPostId: z.string().uuid(),
  platform: platformSchema,
  metricsAvailable: z.boolean(),
  url: z.string().nullable(),
  publishedAt: z.string().datetime({ offset: true }),
  trackingStatus: z.enum(['active', 'done', 'stopped', 'deleted']),
  latest: postMetricsSchema,
  latestAt: z.string().datetime({ offset: true }).nullable(),
  engagements: z.number().nullable(),
  engagementRate: engagementRateSchema.nullable(),
  series: z.array(postSeriesPointSchema),
});
export type PostPlatformAnalytics = z.infer<typeof postPlatformAnalyticsSchema>;

export const contentAnalyticsSchema = z.object({
  contentId: z.string().uuid(),
  platforms: z.array(postPlatformAnalyticsSchema),
});
export type ContentAnalytics = z.infer<typeof contentAnalyticsSchema>;

export const contentAnalyticsParamsSchema = z.object({ id: z.string().uuid() }).strict();
