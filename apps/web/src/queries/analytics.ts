// TanStack Query hooks for analytics reads. Ranges are part of the key; the previous range's answer
// stays on screen while the next one loads so the dashboard does not flash empty.
import type { Platform } from '@brandwright/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type DayRange,
  fetchContentAnalytics,
  fetchOverview,
  fetchPlatformAnalytics,
} from '../api/analytics';

export const analyticsKeys = {
  all: ['analytics'] as const,
  overview: (range: DayRange | null) => ['analytics', 'overview', range] as const,
  platform: (platform: Platform, range: DayRange | null) =>
    ['analytics', 'platform', platform, range] as const,
  content: (id: string) => ['analytics', 'content', id] as const,
};

export function useOverview(range: DayRange | null) {
  return useQuery({
    queryKey: analyticsKeys.overview(range),
    queryFn: ({ signal }) => fetchOverview(range, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePlatformAnalytics(platform: Platform, range: DayRange | null) {
  return useQuery({
    queryKey: analyticsKeys.platform(platform, range),
    queryFn: ({ signal }) => fetchPlatformAnalytics(platform, range, signal),
    placeholderData: keepPreviousData,
  });
}

export function useContentAnalytics(id: string | undefined) {
  return useQuery({
    queryKey: analyticsKeys.content(id ?? ''),
    queryFn: ({ signal }) => fetchContentAnalytics(id ?? '', signal),
    enabled: Boolean(id),
  });
}
