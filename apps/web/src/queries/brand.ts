// TanStack Query hooks for the brand: questionnaire, saved answers, assessment, strategy, history.
import type {
  AssessmentResult,
  PartialBrandAnswers,
  StoredStrategy,
  StrategyPatch,
} from '@brandwright/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createAssessment,
  fetchAnswers,
  fetchLatestAssessment,
  fetchQuestionnaire,
  fetchStrategy,
  fetchStrategyVersions,
  patchStrategy,
  saveAnswers,
} from '../api/brand';

export const brandKeys = {
  all: ['brand'] as const,
  questionnaire: ['brand', 'questionnaire'] as const,
  answers: ['brand', 'answers'] as const,
  assessment: ['brand', 'assessment'] as const,
  strategy: ['brand', 'strategy'] as const,
  versions: ['brand', 'strategy', 'versions'] as const,
};

const VERSIONS_PAGE_SIZE = 5;

export function useQuestionnaire() {
  // The questionnaire only changes with a deploy; no need to refetch it while the app is open.
  return useQuery({
    queryKey: brandKeys.questionnaire,
    queryFn: ({ signal }) => fetchQuestionnaire(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSavedAnswers(enabled = true) {
  return useQuery({ queryKey: brandKeys.answers, queryFn: ({ signal }) => fetchAnswers(signal), enabled });
}

export function useSaveAnswers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: PartialBrandAnswers) => saveAnswers(answers),
    onSuccess: (saved) => queryClient.setQueryData(brandKeys.answers, saved),
  });
}

export function useLatestAssessment() {
  return useQuery({
    queryKey: brandKeys.assessment,
    queryFn: ({ signal }) => fetchLatestAssessment(signal),
  });
}

/** Runs the assessment on the saved answers; the result also carries the new strategy. */
export function useCreateAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssessment,
    onSuccess: (result: AssessmentResult) => {
      queryClient.setQueryData(brandKeys.assessment, result);
      queryClient.setQueryData(brandKeys.strategy, result.strategy);
      void queryClient.invalidateQueries({ queryKey: brandKeys.versions });
    },
  });
}

export function useStrategy() {
  return useQuery({ queryKey: brandKeys.strategy, queryFn: ({ signal }) => fetchStrategy(signal) });
}

/**
 * Saves part of the strategy against the version the user is looking at. The version is read from
 * the cache at call time, so saving one section after another never trips over our own update.
 */
export function useUpdateStrategy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: StrategyPatch) => {
      const current = queryClient.getQueryData<StoredStrategy | null>(brandKeys.strategy);
      if (!current) throw new Error('No strategy loaded');
      return patchStrategy(patch, current.version);
    },
    onSuccess: (saved: StoredStrategy) => {
      queryClient.setQueryData(brandKeys.strategy, saved);
      void queryClient.invalidateQueries({ queryKey: brandKeys.versions });
    },
  });
}

export function useStrategyVersions(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: brandKeys.versions,
    queryFn: ({ pageParam, signal }) => fetchStrategyVersions(VERSIONS_PAGE_SIZE, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}
