// One insight as the API presents it: a claim about the user's own data, with the evidence behind it
// (how many posts, the effect, its interval, the baseline it is measured against) and a confidence.
// Shared by the insights endpoint, the best-times and benchmark producers, reports and the web.
import { z } from 'zod';

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
});
export type InsightEvidence = z.infer<typeof insightEvidenceSchema>;

export const insightSchema = z.object({
  type: insightTypeSchema,
  category: insightCategorySchema,
  message: z.string(),
  recommendation: z.string(),
  evidence: insightEvidenceSchema,
  confidence: insightConfidenceSchema,
});
export type Insight = z.infer<typeof insightSchema>;
