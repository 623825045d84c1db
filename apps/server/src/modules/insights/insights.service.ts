// Use cases of insights: the report for a period (a month or inclusive days in the user's zone) —
// the tests of patterns.ts, their insights, the insights of other producers (best times,
// benchmarks) plugged in through `extraInsights`, and a summary with action items. A month that is
// over is kept in insight_reports (the monthly job writes it on the 1st); any other period is
// cached in kv. Both carry the user's analytics version, so a new snapshot or an import makes
// them stale at once: a stale stored month is recomputed on its next read and replaced.
import type { Insight, InsightsQuery, InsightsReport } from '@brandwright/contracts';
import type { Kv } from '../../platform/kv/index.js';
import { analyticsVersion, type PerformanceHistory } from '../analytics/index.js';
import { dataInsight, insightsFrom } from './insight-text.js';
import type { StoredReport } from './insights.repository.js';
import { composeOffline, type Narrative, type NarrativeWriter, numbersAreTraceable } from './narrative.js';
import { MIN_REPORT_POSTS, runTests } from './patterns.js';
import { monthPeriod, type ReportPeriod, resolvePeriod, validZone } from './period.js';
import { memoisedTopics, type PhraseStore } from './phrase-memo.js';

/** A safety net only: the analytics version, not time, is what invalidates. */
const CACHE_TTL_MS = 6 * 60 * 60 * 1000;

export type InsightProducer = (userId: string, period: ReportPeriod) => Promise<Insight[]>;

/** Stored monthly reports and the key-phrase memo (InsightsRepository). */
export interface InsightsStore extends PhraseStore {
  stored(userId: string, month: string): Promise<StoredReport | null>;
  insertIfAbsent(row: StoredReport): Promise<boolean>;
  replace(row: StoredReport): Promise<void>;
}

export interface InsightsPorts {
  history: PerformanceHistory;
  /**
   * Stored months and the key-phrase memo (the composition root always gives it); without one —
   * unit tests of the narrative — every report is computed and cached only.
   */
  store?: InsightsStore;
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
    const { month } = period;
    if (month && this.ports.store && period.end <= this.ports.clock())
      return this.monthReport(userId, { ...period, month }, this.ports.store);
    const { kv } = this.ports;
    const key = `insights:report:${userId}:${await analyticsVersion(kv, userId)}:${period.zone}:${period.from}:${period.to}`;
    const hit = await kv.get(key);
    if (hit !== null) return JSON.parse(hit) as InsightsReport;
    const report = await this.compute(userId, period);
    await kv.set(key, JSON.stringify(report), CACHE_TTL_MS);
    return report;
  }

  /**
   * The monthly job's work: store the user's report of a month that is over in their zone, unless
   * one is stored already (a rerun or a second worker computes nothing). True when it stored one.
   */
  async storeMonth(userId: string, month: string): Promise<boolean> {
    const { store } = this.ports;
    if (!store) throw new Error('storeMonth needs the insights store');
    if (await store.stored(userId, month)) return false;
    const period = monthPeriod(validZone(await this.ports.zones.timezoneOf(userId)), month);
    if (period.end > this.ports.clock()) return false;
    return store.insertIfAbsent(await this.storable(userId, period));
  }

  /** A month that is over: the stored report while its inputs are unchanged, else recomputed and kept. */
  private async monthReport(
    userId: string,
    period: ReportPeriod & { month: string },
    store: InsightsStore,
  ): Promise<InsightsReport> {
    const { kv } = this.ports;
    const stored = await store.stored(userId, period.month);
    if (
      stored &&
      stored.zone === period.zone &&
      stored.inputsVersion === (await analyticsVersion(kv, userId))
    )
      return stored.report;
    const row = await this.storable(userId, period);
    // A concurrent first read may win the insert; its report came from the same inputs.
    if (stored) await store.replace(row);
    else await store.insertIfAbsent(row);
    return row.report;
  }

  private async storable(userId: string, period: ReportPeriod & { month?: string }): Promise<StoredReport> {
    // Read before computing: a snapshot landing meanwhile leaves the row stale, never falsely fresh.
    const inputsVersion = await analyticsVersion(this.ports.kv, userId);
    const { report, posts } = await this.build(userId, period);
    return {
      userId,
      month: period.month as string,
      zone: period.zone,
      computedAt: new Date(report.computedAt),
      report,
      inputsVersion,
      postCount: posts,
    };
  }

  /** Uncached: the report as the database has it now (the bench measures this path). */
  async compute(userId: string, period: ReportPeriod): Promise<InsightsReport> {
    return (await this.build(userId, period)).report;
  }

  private async build(
    userId: string,
    period: ReportPeriod,
  ): Promise<{ report: InsightsReport; posts: number }> {
    const all = await this.ports.history.records(userId, { to: period.end });
    const current = all.filter((r) => r.publishedAt >= period.start);
    const previous = all.filter((r) => r.publishedAt >= period.previousStart && r.publishedAt < period.start);
    const own =
      current.length < MIN_REPORT_POSTS
        ? [dataInsight(current.length, all.length)]
        : insightsFrom(runTests(await this.withTopics(userId, current), previous), current.length);
    const extra = await Promise.all(
      (this.ports.extraInsights ?? []).map((produce) => produce(userId, period)),
    );
    const insights = [...own, ...extra.flat()];
    const span = { from: period.from, to: period.to };
    const { narrative, narrator } = await this.narrate(span, insights);
    const report = {
      period: span,
      timezone: period.zone,
      insights,
      ...narrative,
      narrator,
      computedAt: this.ports.clock().toISOString(),
    };
    return { report, posts: current.length };
  }

  /** The posts with their topics from the key-phrase memo (extracted once per text, ever). */
  private async withTopics<T extends { text: string }>(
    userId: string,
    posts: T[],
  ): Promise<(T & { topics?: string[] })[]> {
    const { store } = this.ports;
    if (!store) return posts;
    const topics = await memoisedTopics(
      store,
      userId,
      posts.map((p) => p.text),
    );
    return posts.map((p, i) => ({ ...p, topics: topics[i] as string[] }));
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
