// Turns the report's tests into Insight objects: claimed patterns and changes as positive, negative
// or optimization insights; a "nothing stands out" insight when enough posts showed no pattern; one
// `data` insight when there are too few posts to test. Every number written here is an evidence
// number, formatted by figures.ts, so the narrative checker can trace it.
import type { Insight, InsightConfidence } from '@brandwright/contracts';
import { MIN_REPORT_POSTS, type TestedEffect } from './patterns.js';

export const times = (ratio: number) => `${ratio.toFixed(1)}×`;
export const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function confidenceOf(t: TestedEffect): InsightConfidence {
  if (t.q < 0.001 && t.comparison.n >= 30) return 'high';
  return t.q < 0.01 ? 'medium' : 'low';
}

function chartOf(t: TestedEffect, labels: [string, string]) {
  return [
    { label: labels[0], value: t.ratio, low: t.interval[0], high: t.interval[1], n: t.comparison.n },
    { label: labels[1], value: 1, n: t.comparison.restN },
  ];
}

function patternInsight(t: TestedEffect): Insight {
  const up = t.ratio > 1;
  const format = t.dimension !== 'topic' && t.dimension !== 'pillar';
  const subject = t.dimension === 'topic' ? `posts about "${t.label}"` : t.label;
  return {
    type: up ? (format ? 'optimization' : 'positive') : 'negative',
    category: 'content',
    key: t.key,
    message: `${capitalise(subject)} get ${times(t.ratio)} the engagement of your other posts (${t.comparison.n} posts; likely between ${times(t.interval[0])} and ${times(t.interval[1])}).`,
    recommendation: up
      ? `Do more of this: plan ${subject} into next month's calendar.`
      : `Rethink ${subject}: try a different angle or format before dropping them.`,
    evidence: {
      n: t.comparison.n,
      effect: t.ratio,
      interval: t.interval,
      baseline: t.restRate,
      metric: 'engagement_rate_ratio',
    },
    confidence: confidenceOf(t),
    chart: chartOf(t, [capitalise(subject), 'Your other posts']),
  };
}

function changeInsight(t: TestedEffect): Insight {
  const up = t.ratio > 1;
  const moved = t.claimed ? (up ? 'rose' : 'fell') : 'held steady';
  return {
    type: t.claimed ? (up ? 'positive' : 'negative') : 'insight',
    category: 'engagement',
    key: t.key,
    message: `Your typical engagement rate ${moved}: ${percent(t.groupRate)} this period against ${percent(t.restRate)} the period before (${t.comparison.n} and ${t.comparison.restN} posts).`,
    recommendation: t.claimed
      ? up
        ? 'Keep what changed this period: compare your best posts with last period’s.'
        : 'Look at what changed this period (topics, formats, timing) and bring back what worked.'
      : 'No change to act on: the difference is within normal variation.',
    evidence: {
      n: t.comparison.n,
      effect: t.ratio,
      interval: t.interval,
      baseline: t.restRate,
      metric: 'engagement_rate_change',
      comparison: {
        current: { rate: t.groupRate, posts: t.comparison.n },
        previous: { rate: t.restRate, posts: t.comparison.restN },
      },
    },
    confidence: t.claimed ? confidenceOf(t) : 'low',
    chart: [
      { label: 'This period', value: t.groupRate, n: t.comparison.n },
      { label: 'Previous period', value: t.restRate, n: t.comparison.restN },
    ],
  };
}

/** "1 group", "3 groups". */
function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function nothingStandsOut(tests: TestedEffect[], posts: number): Insight {
  const patterns = tests.filter((t) => t.kind === 'pattern');
  return {
    type: 'insight',
    category: 'content',
    key: 'patterns:none',
    message: `No topic or format stands out yet: we compared ${countOf(patterns.length, 'group')} across your ${countOf(posts, 'post')} and none differs beyond normal variation.`,
    recommendation:
      'Keep posting and vary topics and formats on purpose; a clearer picture needs more posts per group.',
    evidence: { n: posts, effect: 1, interval: [1, 1], baseline: 1, metric: 'engagement_rate_ratio' },
    confidence: 'low',
  };
}

/** The one insight for a period with too few posts: how many more, or the import that would help. */
export function dataInsight(posts: number, allTimePosts: number): Insight {
  const missing = MIN_REPORT_POSTS - posts;
  const longer = allTimePosts >= MIN_REPORT_POSTS;
  return {
    type: 'data',
    category: 'engagement',
    key: 'data:too_few_posts',
    message: `${posts} of your posts in this period have engagement metrics; patterns need at least ${MIN_REPORT_POSTS}.`,
    recommendation: longer
      ? `Choose a longer period (you have more posts with metrics outside this one), or publish ${missing} more posts.`
      : `Publish ${missing} more posts, or import your history (Settings → Import history: LinkedIn export or X archive) to analyse earlier posts.`,
    evidence: {
      n: posts,
      effect: missing,
      interval: [missing, missing],
      baseline: MIN_REPORT_POSTS,
      metric: 'posts_missing',
    },
    confidence: 'high',
  };
}

/** The report's insights: claimed findings first (largest effects first), then the change. */
export function insightsFrom(tests: TestedEffect[], posts: number): Insight[] {
  const claimed = tests
    .filter((t) => t.kind === 'pattern' && t.claimed)
    .sort((a, b) => Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)))
    .map(patternInsight);
  const change = tests.find((t) => t.kind === 'change');
  return [
    ...(change ? [changeInsight(change)] : []),
    ...(claimed.length ? claimed : [nothingStandsOut(tests, posts)]),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
