// Best times to post: a weekday × 3-hour grid in the user's zone per platform, each cell the
// engagement of a post in that slot relative to the user's typical post (1 = typical), shrunk toward a
// prior, with a 95 % interval and the number of posts behind it; the top slots; and where the answer
// comes from (own history, blended with a prior, or the platform's default curve alone).
import { z } from 'zod';
import { insightConfidenceSchema } from './insights.js';

/** Platforms with engagement metrics (Medium has no metrics API, so it has no best times). */
export const bestTimesPlatformSchema = z.enum(['linkedin', 'x', 'bluesky', 'mastodon']);
export type BestTimesPlatform = z.infer<typeof bestTimesPlatformSchema>;

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const weekdayNameSchema = z.enum(WEEKDAY_NAMES);
export type WeekdayName = z.infer<typeof weekdayNameSchema>;

/** Hours of the day are grouped in eight blocks of three: 00–03, 03–06, … 21–24 (local time). */
export const BLOCK_HOURS = 3;
export const BLOCKS_PER_DAY = 24 / BLOCK_HOURS;

export const bestTimesSourceSchema = z.enum(['own', 'blended', 'platform_default']);
export type BestTimesSource = z.infer<typeof bestTimesSourceSchema>;

/** Whose curve the user's history was shrunk toward. */
export const bestTimesPriorSchema = z.enum(['platform_default', 'cohort']);
export type BestTimesPrior = z.infer<typeof bestTimesPriorSchema>;

export const bestTimeCellSchema = z.object({
  weekday: weekdayNameSchema,
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  isoWeekday: z.number().int().min(1).max(7),
  /** First hour of the block, local time (0, 3, … 21). */
  startHour: z.number().int().min(0).max(21),
  /** "09:00–12:00". */
  label: z.string(),
  /** Engagement relative to the user's typical post on this platform (1.3 = 30 % above). */
  estimate: z.number(),
  interval: z.tuple([z.number(), z.number()]),
  /** The user's own posts in this slot. */
  n: z.number().int().nonnegative(),
});
export type BestTimeCell = z.infer<typeof bestTimeCellSchema>;

export const platformBestTimesSchema = z.object({
  platform: bestTimesPlatformSchema,
  source: bestTimesSourceSchema,
  prior: bestTimesPriorSchema,
  confidence: insightConfidenceSchema,
  /** The user's posts with a rate on this platform that the grid was computed from. */
  posts: z.number().int().nonnegative(),
  /** How much weight the user's own posts carry overall (0 = the prior alone, 1 = own data alone). */
  ownWeight: z.number().min(0).max(1),
  /** 56 cells, Monday 00:00 first, in the user's zone. */
  cells: z.array(bestTimeCellSchema),
  /** The best cells, best first (at most three). */
  topSlots: z.array(bestTimeCellSchema),
});
export type PlatformBestTimes = z.infer<typeof platformBestTimesSchema>;

export const bestTimesQuerySchema = z
  .object({ platform: bestTimesPlatformSchema.optional().describe('Omit for every platform with metrics') })
  .strict();
export type BestTimesQuery = z.infer<typeof bestTimesQuerySchema>;

export const bestTimesSchema = z.object({
  timezone: z.string(),
  /** How far back the history goes (days). */
  windowDays: z.number().int().positive(),
  platforms: z.array(platformBestTimesSchema),
});
export type BestTimes = z.infer<typeof bestTimesSchema>;
