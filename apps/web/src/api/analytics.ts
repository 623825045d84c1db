// Calls on the signed-in user's analytics: the overview, one platform, one piece's metrics, and the
// CSV export (downloaded through the authenticated fetch, since a plain link carries no token).
import {
  type AnalyticsOverview,
  type AnalyticsPlatformView,
  analyticsOverviewSchema,
  analyticsPlatformViewSchema,
  type ContentAnalytics,
  contentAnalyticsSchema,
  type Platform,
} from '@brandwright/contracts';
import { authedJson, authedSend } from './client';

export interface DayRange {
  from: string;
  to: string;
}

function rangeQuery(range: DayRange | null): string {
  return range ? `?${new URLSearchParams({ from: range.from, to: range.to })}` : '';
}

export function fetchOverview(range: DayRange | null, signal?: AbortSignal): Promise<AnalyticsOverview> {
  return authedJson(`/analytics/overview${rangeQuery(range)}`, analyticsOverviewSchema, { signal });
}

export function fetchPlatformAnalytics(
  platform: Platform,
  range: DayRange | null,
  signal?: AbortSignal,
): Promise<AnalyticsPlatformView> {
  return authedJson(`/analytics/platforms/${platform}${rangeQuery(range)}`, analyticsPlatformViewSchema, {
    signal,
  });
}

export function fetchContentAnalytics(id: string, signal?: AbortSignal): Promise<ContentAnalytics> {
  return authedJson(`/content/${encodeURIComponent(id)}/analytics`, contentAnalyticsSchema, { signal });
}

/** Fetches the CSV and hands it to the browser as a download. */
export async function downloadExport(range: DayRange | null): Promise<void> {
  const response = await authedSend(`/analytics/export.csv${rangeQuery(range)}`, {
    headers: { accept: 'text/csv' },
  });
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? 'brandwright-analytics.csv';
  link.click();
  URL.revokeObjectURL(url);
}
