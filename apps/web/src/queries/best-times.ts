// TanStack Query hooks for best times and the peer benchmark (under the analytics keys, so whatever
// invalidates analytics refreshes them too).
import { useQuery } from '@tanstack/react-query';
import { fetchBenchmark, fetchBestTimes } from '../api/best-times';

export function useBestTimes() {
  return useQuery({
    queryKey: ['analytics', 'best-times'],
    queryFn: ({ signal }) => fetchBestTimes(null, signal),
  });
}

export function useBenchmark(month: string | null = null) {
  return useQuery({
    queryKey: ['analytics', 'benchmark', month],
    queryFn: ({ signal }) => fetchBenchmark(month, signal),
  });
}
