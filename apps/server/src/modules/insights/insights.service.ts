// Use cases of insights: the report for a period (a month or inclusive days in the user's zone) —
// the tests of patterns.ts, their insights, the insights of other producers (best times,
// benchmarks) plugged in through `extraInsights`, and a summary with action items. Reports are
// cached in kv under the user's analytics version, so a new snapshot makes them stale at once.
import type { Insight, InsightsQuery, InsightsReport } from '@brandwright/contracts';
import type { Kv } from '../../platform/kv/index.js';
import { analyticsVersion, type PerformanceHistory } from '../analytics/index.js';
import { dataInsight, insightsFrom } from './insight-text.js';
import { composeOffline, type Narrative, type NarrativeWriter, numbersAreTraceable } from './narrative.js';
import { MIN_REPORT_POSTS, runTests } from './patterns.js';
import { type ReportPeriod, resolvePeriod } from './period.js';

/** A safety net only: the analytics version, not time, is what invalidates. */
const CACHE_TTL_MS = 6 * 60 * 60 * 1000;

export type InsightProducer = (userId: string, period: ReportPeriod) => Promise<Insight[]>;

export interface InsightsPorts {
  history: PerformanceHistory;
  kv: Kv;
  clock: () => Date;
  zones: { timezoneOf(userId: string): Promise<string> };
  /** Other producers' insights (best times, benchmark), wired by the composition root. */
  extraInsights?: InsightProducer[];
  /** The AI provider's writer when one is configured; the offline composer otherwise. */
  writer?: NarrativeWriter;
  log?: { warn(details: object, message: string): void };
}

export class InsightsService {
  constructor(private readonly ports: InsightsPorts) {}

  async report(userId: string, query: InsightsQuery): Promise<InsightsReport> {
    const zone = await this.ports.zones.timezoneOf(userId);
    const period = resolvePeriod(zone, this.ports.clock(), query);
    const { kv } = this.ports;
    const key = `insights:report:${userId}:${await analyticsVersion(kv, userId)}:${period.zone}:${period.from}:${period.to}`;
    const hit = await kv.get(key);
    if (hit !== null) return JSON.parse(hit) as InsightsReport;
    const report = await this.compute(userId, period);
    await kv.set(key, JSON.stringify(report), CACHE_TTL_MS);
    return report;
  }

  /** Uncached: the report as the database has it now (the bench measures this path). */
  async compute(userId: string, period: ReportPeriod): Promise<InsightsReport> {
    const all = await this.ports.history.records(userId, { to: period.end });
    const current = all.filter((r) => r.publishedAt >= period.start);
    const previous = all.filter((r) => r.publishedAt >= period.previousStart && r.publishedAt < period.start);
    const own =
      current.length < MIN_REPORT_POSTS
        ? [dataInsight(current.length, all.length)]
        : insightsFrom(runTests(current, previous), current.length);
    const extra = await Promise.all(
      (this.ports.extraInsights ?? []).map((produce) => produce(userId, period)),
    );
    const insights = [...own, ...extra.flat()];
    const span = { from: period.from, to: period.to };
    const { narrative, narrator } = await this.narrate(span, insights);
    return {
      period: span,
      timezone: period.zone,
      insights,
      ...narrative,
      narrator,
      computedAt: this.ports.clock().toISOString(),
    };
  }

  /** The provider's text when it is traceable to the evidence; the offline composer's otherwise. */
  private async narrate(
    period: { from: string; to: string },
    insights: Insight[],
  ): Promise<{ narrative: Narrative; narrator: 'ai' | 'offline' }> {
    const { writer, log } = this.ports;
    if (writer) {
      try {
        const written = await writer.write({ period, insights });
        if (numbersAreTraceable(written, insights, period)) return { narrative: written, narrator: 'ai' };
        log?.warn(
          { period },
          'insights narrative had numbers not in the evidence; used the offline composer',
        );
      } catch (err) {
        log?.warn({ err }, 'insights narrative failed; used the offline composer');
      }
    }
    return { narrative: composeOffline(insights), narrator: 'offline' };
  }
}
