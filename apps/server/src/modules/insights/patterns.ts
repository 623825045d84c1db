// The tests one report runs: every testable grouping of the period's posts against the rest, and
// the period's engagement rate against the previous period's. All p-values go through one
// Benjamini–Hochberg pass; group effects are shrunk toward ratio 1 together. What comes out says,
// for each test, whether it may be claimed — the wording is insight-text.ts's job.
import { median } from 'simple-statistics';
import { type Dimension, type FeaturedPost, featuresOf, groupingsOf } from './features.js';
import {
  adjustedPValues,
  benjaminiHochberg,
  compareSamples,
  type GroupComparison,
  isClaimable,
  logRatiosByAccount,
  ratioInterval,
  shrinkGroups,
} from './stats.js';

/** Fewer posts than this in a period and the report looks for no pattern (one `data` insight instead). */
export const MIN_REPORT_POSTS = 20;
/** Each period needs this many posts before a change between them is tested. */
export const MIN_PERIOD_POSTS = 10;
/** The seed's rule: a change smaller than ±20 % is not news even when it is real. */
export const MIN_NEWSWORTHY_CHANGE = 0.2;

export interface InsightPost extends FeaturedPost {
  platform: string;
  engagements: number;
  base: number;
  rate: number;
}

export interface TestedEffect {
  kind: 'pattern' | 'change';
  key: string;
  dimension: Dimension | 'change';
  label: string;
  comparison: GroupComparison;
  /** Shrunk for patterns, the plain t interval for the change; a ratio (1 = no difference). */
  ratio: number;
  interval: [number, number];
  /** Median engagement rate of the group (or the current period) and of the rest (or previous period). */
  groupRate: number;
  restRate: number;
  p: number;
  q: number;
  claimed: boolean;
}

const medianRate = (posts: readonly InsightPost[]) => (posts.length ? median(posts.map((p) => p.rate)) : 0);

const rated = (posts: readonly InsightPost[]) =>
  posts.map((p) => ({ account: p.platform, engagements: p.engagements, base: p.base }));

type Untested = Omit<TestedEffect, 'p' | 'q' | 'claimed' | 'ratio' | 'interval'> & {
  ratio?: number;
  interval?: [number, number];
};

function patternTests(posts: readonly InsightPost[]): Untested[] {
  const logs = logRatiosByAccount(rated(posts));
  const groupings = groupingsOf(posts.map(featuresOf));
  return groupings.flatMap((g) => {
    const inGroup = logs.filter((_, i) => g.members[i]);
    const rest = logs.filter((_, i) => !g.members[i]);
    const comparison = compareSamples(inGroup, rest);
    if (!comparison) return [];
    return [
      {
        kind: 'pattern' as const,
        key: g.key,
        dimension: g.dimension,
        label: g.label,
        comparison,
        groupRate: medianRate(posts.filter((_, i) => g.members[i])),
        restRate: medianRate(posts.filter((_, i) => !g.members[i])),
      },
    ];
  });
}

/** The period against the previous one: log ratios to each account's median over both periods. */
function changeTest(current: readonly InsightPost[], previous: readonly InsightPost[]): Untested | null {
  if (current.length < MIN_PERIOD_POSTS || previous.length < MIN_PERIOD_POSTS) return null;
  const logs = logRatiosByAccount(rated([...current, ...previous]));
  const comparison = compareSamples(
    logs.slice(0, current.length),
    logs.slice(current.length),
    MIN_PERIOD_POSTS,
  );
  if (!comparison) return null;
  return {
    kind: 'change',
    key: 'change:engagement_rate',
    dimension: 'change',
    label: 'engagement rate',
    comparison,
    ratio: Math.exp(comparison.estimate),
    interval: ratioInterval(comparison),
    groupRate: medianRate(current),
    restRate: medianRate(previous),
  };
}

/** Every test of one report, with its BH decision and whether it may be claimed. */
export function runTests(current: readonly InsightPost[], previous: readonly InsightPost[]): TestedEffect[] {
  if (current.length < MIN_REPORT_POSTS) return [];
  const patterns = patternTests(current);
  const shrunk = shrinkGroups(patterns.map((t) => t.comparison));
  const change = changeTest(current, previous);
  const all: Untested[] = [
    ...patterns.map((t, i) => ({
      ...t,
      ratio: (shrunk[i] as { ratio: number }).ratio,
      interval: (shrunk[i] as { interval: [number, number] }).interval,
    })),
    ...(change ? [change] : []),
  ];
  const pValues = all.map((t) => t.comparison.p);
  const kept = benjaminiHochberg(pValues);
  const q = adjustedPValues(pValues);
  return all.map((t, i) => {
    const interval = t.interval as [number, number];
    const ratio = t.ratio as number;
    const newsworthy = t.kind === 'pattern' || Math.abs(ratio - 1) >= MIN_NEWSWORTHY_CHANGE;
    return {
      ...t,
      ratio,
      interval,
      p: t.comparison.p,
      q: q[i] as number,
      claimed: newsworthy && isClaimable(kept[i] as boolean, interval),
    };
  });
}
