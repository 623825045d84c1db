// Topic recommendations as the API presents them (what to write next, and why), the feedback a user
// gives on one, and the RSS/Atom feeds a user adds as a source of trending topics.
import { z } from 'zod';

export const recommendationTypeSchema = z.enum(['gap', 'trending', 'neighbour', 'evergreen']);
export type RecommendationType = z.infer<typeof recommendationTypeSchema>;

export const topicRecommendationSchema = z.object({
  /** Stable for the same user, type and topic: feedback is sent to it. */
  id: z.string().uuid(),
  topic: z.string(),
  /** The strategy pillar it serves; null when none is close enough to say. */
  pillar: z.string().nullable(),
  type: recommendationTypeSchema,
  /** How strongly the signal behind it points at it, 0..1 (used to rank). */
  relevance: z.number().min(0).max(1),
  /**
   * 0..100 from the user's own engagement history: 50 is their median post, higher is better.
   * Null when there is no history to estimate from; `engagementNote` says why, or what it rests on.
   */
  engagementPotential: z.number().int().min(0).max(100).nullable(),
  engagementNote: z.string(),
  reason: z.string(),
});
export type TopicRecommendation = z.infer<typeof topicRecommendationSchema>;

export const topicRecommendationsQuerySchema = z.object({
  count: z.coerce.number().int().min(1).max(50).default(10),
});
export type TopicRecommendationsQuery = z.infer<typeof topicRecommendationsQuerySchema>;

export const topicRecommendationListSchema = z.array(topicRecommendationSchema);

export const recommendationIdParamsSchema = z.object({
  id: z.string().uuid('Must be a recommendation id'),
});

export const recommendationFeedbackActionSchema = z.enum(['use', 'dismiss']);
export type RecommendationFeedbackAction = z.infer<typeof recommendationFeedbackActionSchema>;

export const recommendationFeedbackSchema = z.object({ action: recommendationFeedbackActionSchema });
export type RecommendationFeedback = z.infer<typeof recommendationFeedbackSchema>;

export const recommendationFeedbackResultSchema = z.object({
  id: z.string().uuid(),
  topic: z.string(),
  action: recommendationFeedbackActionSchema,
  at: z.string(),
});
export type RecommendationFeedbackResult = z.infer<typeof recommendationFeedbackResultSchema>;

export const topicFeedSchema = z.object({
  id: z.string().uuid(),
  url: z.string(),
  title: z.string(),
  lastFetchedAt: z.string().nullable(),
  /** Why the last fetch failed, in words; null when it worked. */
  lastError: z.string().nullable(),
  itemCount: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type TopicFeed = z.infer<typeof topicFeedSchema>;

export const topicFeedListSchema = z.object({ feeds: z.array(topicFeedSchema) });

export const createTopicFeedSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, 'At most 2000 characters')
    .url('Must be a feed URL (http or https)')
    .refine((u) => /^https?:\/\//i.test(u), 'Must be an http or https URL'),
});
export type CreateTopicFeed = z.infer<typeof createTopicFeedSchema>;

export const topicFeedIdParamsSchema = z.object({ id: z.string().uuid('Must be a feed id') });
