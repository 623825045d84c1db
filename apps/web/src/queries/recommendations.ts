// TanStack Query hooks for topic recommendations and feeds. Feedback and feed changes refetch the
// recommendations, since both change what comes next.
import type { RecommendationFeedbackAction } from '@brandwright/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addTopicFeed,
  fetchTopicFeeds,
  fetchTopicRecommendations,
  removeTopicFeed,
  sendTopicFeedback,
} from '../api/recommendations';

export const recommendationKeys = {
  all: ['recommendations'] as const,
  topics: (count: number) => ['recommendations', 'topics', count] as const,
  feeds: ['recommendations', 'feeds'] as const,
};

export function useTopicRecommendations(count: number) {
  return useQuery({
    queryKey: recommendationKeys.topics(count),
    queryFn: ({ signal }) => fetchTopicRecommendations(count, signal),
    retry: (failures, error) => failures < 2 && !(error as { isPermanent?: boolean }).isPermanent,
  });
}

export function useTopicFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: RecommendationFeedbackAction }) =>
      sendTopicFeedback(id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}

export function useTopicFeeds() {
  return useQuery({ queryKey: recommendationKeys.feeds, queryFn: ({ signal }) => fetchTopicFeeds(signal) });
}

export function useAddTopicFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addTopicFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}

export function useRemoveTopicFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeTopicFeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}
