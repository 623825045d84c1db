// The insights-summary port: the AI writes a report's summary and action items from the computed
// insights (their messages and evidence) and the period. Only a provider implements it: with no
// provider configured the insights module's own offline composer writes the text, and whatever a
// provider writes is checked there against the evidence before it is shown.
import type { Insight } from '@brandwright/contracts';
import { z } from 'zod';

export interface InsightsSummaryInput {
  /** Inclusive days in the user's zone, YYYY-MM-DD. */
  period: { from: string; to: string };
  insights: Insight[];
}

export const insightsSummaryOutputSchema = z.object({
  summary: z.string().trim().min(20).max(1500),
  actionItems: z.array(z.string().trim().min(3).max(300)).min(1).max(6),
});

export interface InsightsSummaryResult {
  summary: string;
  actionItems: string[];
  modelUsed: string;
}

export interface InsightsWriter {
  writeInsightsSummary(input: InsightsSummaryInput): Promise<InsightsSummaryResult>;
}
