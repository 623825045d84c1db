// Monthly reports: the month's KPIs against the previous calendar month (per platform too), weekly
// figures for the charts, top posts, and the month's insights with their summary and action items.
// Shared by the reports endpoints (JSON; PDF and CSV are the same report in other forms) and the web.
import { z } from 'zod';
import {
  analyticsTotalsSchema,
  comparedRateSchema,
  comparedSchema,
  rateDenominatorSchema,
  topPostSchema,
} from './analytics.js';
import { platformSchema } from './brand.js';
import { calendarDateSchema } from './calendar.js';
import { insightSchema } from './insights.js';

/** A calendar month in the user's zone, YYYY-MM. */
export const reportMonthSchema = z
  .string()
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'Must be a month like 2027-03');

export const reportMonthParamsSchema = z.object({ month: reportMonthSchema }).strict();

/** `month` narrows the list to that one month (an empty list when it has no report). */
export const reportsListQuerySchema = z.object({ month: reportMonthSchema.optional() }).strict();
export type ReportsListQuery = z.infer<typeof reportsListQuerySchema>;

export const reportLinksSchema = z.object({ self: z.string(), pdf: z.string(), csv: z.string() });

export const reportSummarySchema = z.object({
  month: reportMonthSchema,
  /** Posts published in the month with metrics (the ones the report's rates are built on). */
  postsWithMetrics: z.number().int().nonnegative(),
  /** False for the month still running: its figures can still change. */
  complete: z.boolean(),
  links: reportLinksSchema,
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportsListSchema = z.object({
  timezone: z.string(),
  /** Newest first. */
  reports: z.array(reportSummarySchema),
});
export type ReportsList = z.infer<typeof reportsListSchema>;

export const reportPlatformSchema = z.object({
  platform: platformSchema,
  metricsAvailable: z.boolean(),
  posts: comparedSchema,
  /** Null for a platform without metrics (Medium). */
  impressions: comparedSchema.nullable(),
  engagements: comparedSchema.nullable(),
  engagementRate: comparedRateSchema.nullable(),
});
export type ReportPlatform = z.infer<typeof reportPlatformSchema>;

export const reportKpisSchema = z.object({
  /** `current` is the month, `previous` the calendar month before it. */
  totals: analyticsTotalsSchema,
  /** One rate per denominator in use (impressions for LinkedIn and X, followers for Bluesky, Mastodon). */
  engagementRates: z.array(z.object({ denominator: rateDenominatorSchema, rate: comparedRateSchema })),
  platforms: z.array(reportPlatformSchema),
});
export type ReportKpis = z.infer<typeof reportKpisSchema>;

/** Days 1–7, 8–14, 15–21, 22–28 and 29 to the end of the month: the same weeks every month. */
export const reportWeekSchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  impressions: z.number(),
  engagements: z.number(),
  posts: z.number().int().nonnegative(),
});
export type ReportWeek = z.infer<typeof reportWeekSchema>;

export const monthlyReportSchema = z.object({
  month: reportMonthSchema,
  previousMonth: reportMonthSchema,
  period: z.object({ from: calendarDateSchema, to: calendarDateSchema }),
  timezone: z.string(),
  complete: z.boolean(),
  /** False when no post with metrics was published in the month: then `kpis` is null, never zeros. */
  hasData: z.boolean(),
  /** What the report is built on, or why it is empty, in a sentence. */
  note: z.string(),
  kpis: reportKpisSchema.nullable(),
  weeks: z.array(reportWeekSchema),
  topPosts: z.array(topPostSchema),
  insights: z.array(insightSchema),
  summary: z.string(),
  actionItems: z.array(z.string()),
  narrator: z.enum(['ai', 'offline']),
  links: reportLinksSchema,
  generatedAt: z.string().datetime(),
});
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;
