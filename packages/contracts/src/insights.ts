// One insight as the API presents it: a claim about the user's own data, with the evidence behind it
// (how many posts, the effect, its interval, the baseline it is measured against) and a confidence.
// Shared by the insights endpoint, the best-times and benchmark producers, reports and the web.
import { z } from 'zod';
import { ANALYTICS_MAX_RANGE_DAYS } from './analytics.js';
import { calendarDateSchema } from './calendar.js';

export const insightTypeSchema = z.enum([
  'positive',
  'negative',
  'insight',
  'optimization',
  'benchmark',
  'data',
]);
export type InsightType = z.infer<typeof insightTypeSchema>;

export const insightCategorySchema = z.enum(['engagement', 'content', 'timing', 'competitive', 'audience']);
export type InsightCategory = z.infer<typeof insightCategorySchema>;

export const insightConfidenceSchema = z.enum(['low', 'medium', 'high']);
export type InsightConfidence = z.infer<typeof insightConfidenceSchema>;

/**
 * `effect` is what `metric` measures (for a ratio metric, 1.8 = 1.8× the baseline); `interval` is its
 * interval (95 % unless the insight says otherwise); `baseline` the value it is compared with; `n` the
 * number of posts (or, for a benchmark, of peers) behind it.
 */
export const insightEvidenceSchema = z.object({
  n: z.number().int().nonnegative(),
  effect: z.number(),
  interval: z.tuple([z.number(), z.number()]),
  baseline: z.number(),
  metric: z.string(),
  /** For a change between two periods: each period's rate and post count (the seed's "both rates"). */
  comparison: z
    .object({
      current: z.object({ rate: z.number(), posts: z.number().int().nonnegative() }),
      previous: z.object({ rate: z.number(), posts: z.number().int().nonnegative() }),
    })
    .optional(),
});
export type InsightEvidence = z.infer<typeof insightEvidenceSchema>;

export const insightChartPointSchema = z.object({
  label: z.string(),
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  n: z.number().int().nonnegative(),
});
export type InsightChartPoint = z.infer<typeof insightChartPointSchema>;

export const insightSchema = z.object({
  type: insightTypeSchema,
  category: insightCategorySchema,
  message: z.string(),
  recommendation: z.string(),
  evidence: insightEvidenceSchema,
  confidence: insightConfidenceSchema,
  /** Stable id of what was tested (`topic:remote hiring`, `change:engagement_rate`), for keys and links. */
  key: z.string().optional(),
  /** The figures a small chart shows (group vs the rest, month vs month), each with its own n. */
  chart: z.array(insightChartPointSchema).optional(),
});
export type Insight = z.infer<typeof insightSchema>;

const monthSchema = z.string().regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'Must be a month like 2027-03');

/**
 * `month` (a calendar month in the user's zone; default the last full one), or `from` and `to`
 * (days of the user's calendar, both inclusive, at most a year and a day apart) — not both.
 */
export const insightsQuerySchema = z
  .object({
    month: monthSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.month !== undefined && (q.from !== undefined || q.to !== undefined))
      ctx.addIssue({ code: 'custom', path: ['month'], message: 'Give month, or from and to, not both' });
    if ((q.from === undefined) !== (q.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [q.from === undefined ? 'from' : 'to'],
        message: 'Give both from and to',
      });
    if (q.from === undefined || q.to === undefined) return;
    const days = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must be on or after from' });
    else if (days >= ANALYTICS_MAX_RANGE_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `At most ${ANALYTICS_MAX_RANGE_DAYS} days after from`,
      });
  });
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

export const insightsReportSchema = z.object({
  /** Inclusive days in the user's zone. */
  period: z.object({ from: calendarDateSchema, to: calendarDateSchema }),
  timezone: z.string(),
  insights: z.array(insightSchema),
  summary: z.string(),
  actionItems: z.array(z.string()),
  /** Who wrote the summary and action items: the configured AI provider, or the offline composer. */
  narrator: z.enum(['ai', 'offline']),
  computedAt: z.string().datetime(),
});
export type InsightsReport = z.infer<typeof insightsReportSchema>;
