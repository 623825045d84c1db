// Peer benchmark: where the caller's engagement rate for a month stands among opted-in users of the
// same industry. Only the caller's own rate and percentile and the number of peers are returned;
// never another member's figures.
import { z } from 'zod';
import { rateDenominatorSchema } from './analytics.js';

export const benchmarkQuerySchema = z
  .object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Must be a month like 2027-03')
      .optional()
      .describe('Defaults to the last full month in the user’s zone'),
    denominator: rateDenominatorSchema
      .default('impressions')
      .describe('Rates are compared only with rates of the same denominator'),
  })
  .strict();
export type BenchmarkQuery = z.infer<typeof benchmarkQuerySchema>;

export const benchmarkUnavailableReasonSchema = z.enum([
  'not opted in',
  'no industry set',
  'not enough posts yet',
  'not enough peers yet',
]);

export const benchmarkSchema = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    month: z.string(),
    denominator: rateDenominatorSchema,
    industry: z.string(),
    /** Cohort members (the caller included) with enough posts that month. */
    peers: z.number().int().nonnegative(),
    /** The caller's own rate and post count. */
    rate: z.number(),
    posts: z.number().int().nonnegative(),
    /** Share of peers with a lower rate (ties count half), 0–100. */
    percentile: z.number().min(0).max(100),
  }),
  z.object({
    available: z.literal(false),
    month: z.string(),
    denominator: rateDenominatorSchema,
    reason: benchmarkUnavailableReasonSchema,
    /** Peers with enough posts so far (null when the caller cannot take part). */
    peers: z.number().int().nonnegative().nullable(),
    /** What the caller needs (posts, peers) for a benchmark to appear. */
    minPosts: z.number().int(),
    minPeers: z.number().int(),
    message: z.string(),
  }),
]);
export type Benchmark = z.infer<typeof benchmarkSchema>;
