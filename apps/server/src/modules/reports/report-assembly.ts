// Builds a monthly report's figures (pure) from two analytics overviews: the month's and the previous
// calendar month's. Each overview's "current" figures are taken, so the comparison is month against
// month, not the overview's own equal-length previous period (28 days before a 31-day month).
import type {
  AnalyticsOverview,
  AnalyticsTotals,
  Compared,
  DailyPoint,
  RateDenominator,
  ReportKpis,
  ReportPlatform,
  ReportWeek,
} from '@brandwright/contracts';
import { type ReportMonth, weekIndex } from './report-month.js';

type Summary = AnalyticsOverview['platforms'][number];
const COUNTED = ['impressions', 'engagements', 'likes', 'comments', 'shares', 'clicks', 'posts'] as const;

/** Same rounding as the analytics overview: one decimal of a percent; null from nothing. */
export function compared(current: number, previous: number): Compared {
  const changePercent = previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10;
  return { current, previous, changePercent };
}

function totalsOf(month: AnalyticsTotals, before: AnalyticsTotals): AnalyticsTotals {
  const counted = Object.fromEntries(
    COUNTED.map((key) => [key, compared(month[key].current, before[key].current)]),
  ) as Record<(typeof COUNTED)[number], Compared>;
  const gained = month.followersGained;
  return {
    ...counted,
    followersGained: gained === null ? null : compared(gained.current, before.followersGained?.current ?? 0),
  };
}

function rateIn(overview: AnalyticsOverview, denominator: RateDenominator) {
  return overview.engagementRates.find((r) => r.denominator === denominator)?.rate.current ?? null;
}

function platformOf(month: Summary | undefined, before: Summary | undefined): ReportPlatform {
  const any = (month ?? before) as Summary;
  const figure = (key: 'impressions' | 'engagements') =>
    compared(month?.totals?.[key].current ?? 0, before?.totals?.[key].current ?? 0);
  return {
    platform: any.platform,
    metricsAvailable: any.metricsAvailable,
    posts: compared(month?.posts.current ?? 0, before?.posts.current ?? 0),
    impressions: any.metricsAvailable ? figure('impressions') : null,
    engagements: any.metricsAvailable ? figure('engagements') : null,
    engagementRate: any.metricsAvailable
      ? {
          current: month?.engagementRate?.current ?? null,
          previous: before?.engagementRate?.current ?? null,
        }
      : null,
  };
}

export function kpisOf(month: AnalyticsOverview, before: AnalyticsOverview): ReportKpis {
  const denominators = [
    ...new Set([...month.engagementRates, ...before.engagementRates].map((r) => r.denominator)),
  ].sort();
  const platforms = [...new Set([...month.platforms, ...before.platforms].map((p) => p.platform))].sort();
  return {
    totals: totalsOf(month.totals, before.totals),
    engagementRates: denominators.map((denominator) => ({
      denominator,
      rate: { current: rateIn(month, denominator), previous: rateIn(before, denominator) },
    })),
    platforms: platforms.map((platform) =>
      platformOf(
        month.platforms.find((p) => p.platform === platform),
        before.platforms.find((p) => p.platform === platform),
      ),
    ),
  };
}

/** The month's days summed into its fixed weeks (1–7, 8–14, 15–21, 22–28, 29–end). */
export function weeksOf(series: DailyPoint[], month: ReportMonth): ReportWeek[] {
  const weeks: ReportWeek[] = [];
  for (const day of series) {
    if (day.date < month.from || day.date > month.to) continue;
    const i = weekIndex(day.date);
    const week = weeks[i] ?? { from: day.date, to: day.date, impressions: 0, engagements: 0, posts: 0 };
    week.to = day.date;
    week.impressions += day.impressions;
    week.engagements += day.engagements;
    week.posts += day.posts;
    weeks[i] = week;
  }
  return weeks.filter((w) => w !== undefined);
}

/** The sentence that says what the figures rest on, or why there are none. */
export function noteOf(postsWithMetrics: number, postsPublished: number, month: ReportMonth): string {
  const running = month.complete ? '' : ' The month is still running, so these figures can change.';
  if (postsWithMetrics > 0)
    return `Built on ${postsWithMetrics} post${postsWithMetrics === 1 ? '' : 's'} with metrics published in the month, compared with ${month.previous.month}.${running}`;
  if (postsPublished > 0)
    return `${postsPublished} post${postsPublished === 1 ? ' was' : 's were'} published in the month, but none on a platform that reports metrics, so there are no figures to report.${running}`;
  return `No posts with metrics were published in the month, so there are no figures to report.${running}`;
}
