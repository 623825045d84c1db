// Contracts of analytics ingestion: the answer of POST /analytics/refresh.
import { z } from 'zod';

export const analyticsRefreshResultSchema = z.object({
  /** Tracked posts and accounts whose metrics are being fetched now. */
  queued: z.number().int().nonnegative(),
});
export type AnalyticsRefreshResult = z.infer<typeof analyticsRefreshResultSchema>;
