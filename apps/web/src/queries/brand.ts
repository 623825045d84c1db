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
  fetchBrandStatus,
  fetchLatestAssessment,
  fetchQuestionnaire,
  fetchStrategy,
  fetchStrategyVersions,
  patchStrategy,
  saveAnswers,
} from '../api/brand';
import { meQueryKey } from './users';

export const brandKeys = {
  all: ['brand'] as const,
  questionnaire: ['brand', 'questionnaire'] as const,
  answers: ['brand', 'answers'] as const,
  status: ['brand', 'status'] as const,
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

/** What the user has so far (answers, assessment, strategy version). */
export function useBrandStatus() {
  return useQuery({ queryKey: brandKeys.status, queryFn: ({ signal }) => fetchBrandStatus(signal) });
}

/** Every brand query on a page starts from one status request (kept for a few seconds). */
const STATUS_FRESH_MS = 5_000;

function useBrandStatusReader() {
  const queryClient = useQueryClient();
  // The shared status request gets its own signal: one consumer unmounting must not cancel it.
  return () =>
    queryClient.fetchQuery({
      queryKey: brandKeys.status,
      queryFn: ({ signal }) => fetchBrandStatus(signal),
      staleTime: STATUS_FRESH_MS,
    });
}

export function useLatestAssessment() {
  const status = useBrandStatusReader();
  return useQuery({
    queryKey: brandKeys.assessment,
    queryFn: async ({ signal }) => ((await status()).assessedAt ? fetchLatestAssessment(signal) : null),
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
      void queryClient.invalidateQueries({ queryKey: brandKeys.status });
      // The answers fill the profile's empty role, industry and seniority.
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      void queryClient.invalidateQueries({ queryKey: brandKeys.versions });
    },
  });
}

export function useStrategy() {
  const status = useBrandStatusReader();
  return useQuery({
    queryKey: brandKeys.strategy,
    queryFn: async ({ signal }) => ((await status()).strategyVersion === null ? null : fetchStrategy(signal)),
  });
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
