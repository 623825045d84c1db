// Use cases of reports: the list of months that have one and one month's report, assembled from
// the analytics overview (KPIs, weekly figures, top posts) and the insights service (insights with
// evidence, summary, action items) — both cached under the user's analytics version — and the
// month's per-post CSV (the analytics export for the month's days). Everything is the caller's only.
import type { Readable } from 'node:stream';
import type { MonthlyReport, ReportSummary, ReportsListQuery } from '@brandwright/contracts';
import type { AnalyticsReads, PerformanceHistory } from '../analytics/index.js';
import type { InsightsService } from '../insights/index.js';
import { kpisOf, noteOf, weeksOf } from './report-assembly.js';
import { currentMonthEnd, monthOf, reportMonth, zoneOrUtc } from './report-month.js';

export interface ReportsPorts {
  overview: Pick<AnalyticsReads, 'overview' | 'range' | 'exportCsv'>;
  insights: Pick<InsightsService, 'report'>;
  /** The posts with a rate: the ones that make a month worth a report. */
  history: PerformanceHistory;
  zones: { timezoneOf(userId: string): Promise<string> };
  clock: () => Date;
}

/** A report before the HTTP edge adds its links. */
export type ReportBody = Omit<MonthlyReport, 'links'>;
export type ReportListing = { timezone: string; reports: Omit<ReportSummary, 'links'>[] };

export class ReportsService {
  constructor(private readonly ports: ReportsPorts) {}

  /** Months with posts with metrics, newest first, in the user's zone (the running month too). */
  async list(userId: string, query: ReportsListQuery): Promise<ReportListing> {
    const zone = zoneOrUtc(await this.ports.zones.timezoneOf(userId));
    const now = this.ports.clock();
    if (query.month) reportMonth(zone, query.month, now);
    const records = await this.ports.history.records(userId, { to: currentMonthEnd(zone, now) });
    const counts = new Map<string, number>();
    for (const record of records) {
      const month = monthOf(record.publishedAt, zone);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    const running = monthOf(now, zone);
    const reports = [...counts]
      .filter(([month]) => query.month === undefined || month === query.month)
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([month, postsWithMetrics]) => ({ month, postsWithMetrics, complete: month !== running }));
    return { timezone: zone, reports };
  }

  async report(userId: string, month: string): Promise<ReportBody> {
    const { overview, insights, history, zones, clock } = this.ports;
    const m = reportMonth(await zones.timezoneOf(userId), month, clock());
    const [current, previous, narrative, records] = await Promise.all([
      overview.overview(userId, { from: m.from, to: m.to }),
      overview.overview(userId, { from: m.previous.from, to: m.previous.to }),
      insights.report(userId, { month }),
      history.records(userId, { from: m.start, to: m.end }),
    ]);
    const hasData = records.length > 0;
    return {
      month,
      previousMonth: m.previous.month,
      period: { from: m.from, to: m.to },
      timezone: m.zone,
      complete: m.complete,
      hasData,
      note: noteOf(records.length, current.totals.posts.current, m),
      kpis: hasData ? kpisOf(current, previous) : null,
      weeks: hasData ? weeksOf(current.series, m) : [],
      topPosts: hasData ? current.topPosts : [],
      insights: narrative.insights,
      summary: narrative.summary,
      actionItems: narrative.actionItems,
      narrator: narrative.narrator,
      generatedAt: clock().toISOString(),
    };
  }

  /** The month's posts, one CSV row per post and platform (the analytics export's columns). */
  async csv(userId: string, month: string): Promise<Readable> {
    const m = reportMonth(await this.ports.zones.timezoneOf(userId), month, this.ports.clock());
    const range = await this.ports.overview.range(userId, { from: m.from, to: m.to });
    return this.ports.overview.exportCsv(userId, range);
  }
}
