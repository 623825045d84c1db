// Calls on the signed-in user's topic recommendations (list, use / dismiss) and their feeds.
import {
  type RecommendationFeedbackAction,
  type RecommendationFeedbackResult,
  recommendationFeedbackResultSchema,
  type TopicFeed,
  type TopicRecommendation,
  topicFeedListSchema,
  topicFeedSchema,
  topicRecommendationListSchema,
} from '@brandwright/contracts';
import { authedJson, authedSend } from './client';

export function fetchTopicRecommendations(
  count: number,
  signal?: AbortSignal,
): Promise<TopicRecommendation[]> {
  const query = new URLSearchParams({ count: String(count) });
  return authedJson(`/recommendations/topics?${query}`, topicRecommendationListSchema, { signal });
}

/** Safe to repeat: the same action again answers the feedback already recorded. */
export function sendTopicFeedback(
  id: string,
  action: RecommendationFeedbackAction,
): Promise<RecommendationFeedbackResult> {
  return authedJson(
    `/recommendations/topics/${encodeURIComponent(id)}/feedback`,
    recommendationFeedbackResultSchema,
    {
      method: 'POST',
      body: { action },
    },
  );
}

export async function fetchTopicFeeds(signal?: AbortSignal): Promise<TopicFeed[]> {
  return (await authedJson('/recommendations/feeds', topicFeedListSchema, { signal })).feeds;
}

/** The server fetches the feed once before saving it; a bad address answers 400 naming `url`. */
export function addTopicFeed(input: { url: string }): Promise<TopicFeed> {
  return authedJson('/recommendations/feeds', topicFeedSchema, { method: 'POST', body: input });
}

export async function removeTopicFeed(id: string): Promise<void> {
  await authedSend(`/recommendations/feeds/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
