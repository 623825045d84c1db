// Calls for the month's insights and the monthly reports of the signed-in user; the PDF and CSV are
// fetched with the token and handed to the browser as downloads (a plain link carries no token).
import {
  type InsightsReport,
  insightsReportSchema,
  type MonthlyReport,
  monthlyReportSchema,
  type ReportsList,
  reportsListSchema,
} from '@brandwright/contracts';
import { authedJson, authedSend } from './client';

function monthQuery(month: string | null): string {
  return month ? `?${new URLSearchParams({ month })}` : '';
}

export function fetchInsights(month: string | null, signal?: AbortSignal): Promise<InsightsReport> {
  return authedJson(`/analytics/insights${monthQuery(month)}`, insightsReportSchema, { signal });
}

export function fetchReports(signal?: AbortSignal): Promise<ReportsList> {
  return authedJson('/reports', reportsListSchema, { signal });
}

export function fetchReport(month: string, signal?: AbortSignal): Promise<MonthlyReport> {
  return authedJson(`/reports/${encodeURIComponent(month)}`, monthlyReportSchema, { signal });
}

/** Fetches the month's PDF or CSV and starts a download under the server's file name. */
export async function downloadReport(month: string, kind: 'pdf' | 'csv'): Promise<void> {
  const response = await authedSend(`/reports/${encodeURIComponent(month)}/${kind}`, {
    headers: { accept: kind === 'pdf' ? 'application/pdf' : 'text/csv' },
  });
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? `brandwright-report-${month}.${kind}`;
  link.click();
  URL.revokeObjectURL(url);
}
