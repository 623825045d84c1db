// TanStack Query hooks for insights and monthly reports (under the analytics keys, so whatever
// invalidates analytics refreshes them too).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchInsights, fetchReport, fetchReports } from '../api/reports';

export function useInsights(month: string | null) {
  return useQuery({
    queryKey: ['analytics', 'insights', month],
    queryFn: ({ signal }) => fetchInsights(month, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReports() {
  return useQuery({ queryKey: ['analytics', 'reports'], queryFn: ({ signal }) => fetchReports(signal) });
}

export function useReport(month: string) {
  return useQuery({
    queryKey: ['analytics', 'reports', month],
    queryFn: ({ signal }) => fetchReport(month, signal),
  });
}
