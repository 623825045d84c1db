// The evidence behind an insight said in words, for the "Why we think so" disclosure: how many posts,
// how big the effect is, what its interval says against the baseline, and what the confidence means.
// Pure, so it is tested without a browser.
import type { Insight } from '@brandwright/contracts';

const CONFIDENCE_MEANING: Record<Insight['confidence'], string> = {
  high: 'Confidence is high: the evidence stays strong after allowing for every comparison we made.',
  medium:
    'Confidence is medium: the evidence holds after allowing for every comparison we made, but more posts would firm it up.',
  low: 'Confidence is low: treat this as a hint to test, not a rule.',
};

/** A figure with no more digits than it carries meaning for. */
export function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** Whether the metric is a ratio to the user's own typical post, where 1× means "no difference". */
export function isRatio(metric: string): boolean {
  return metric.includes('ratio') || metric.includes('÷') || metric === 'engagement_rate_change';
}

function effectSentence(insight: Insight): string {
  const { effect, interval, metric } = insight.evidence;
  const [low, high] = interval;
  if (!isRatio(metric))
    return `The figure is ${figure(effect)} (${metric}), likely between ${figure(low)} and ${figure(high)}, against ${figure(insight.evidence.baseline)} to compare with.`;
  const side = low > 1 ? 'above' : high < 1 ? 'below' : null;
  const verdict = side
    ? `The whole interval is ${side} 1×, so the difference is unlikely to be chance.`
    : 'The interval includes 1×, so this could be chance: no pattern is claimed from it.';
  return `That is ${figure(effect)}× the comparison, likely between ${figure(low)}× and ${figure(high)}× (95 % interval). ${verdict}`;
}

function comparisonSentence(insight: Insight): string | null {
  const c = insight.evidence.comparison;
  if (!c) return null;
  const pct = (rate: number) => `${(rate * 100).toFixed(2)} %`;
  return `Your typical engagement rate was ${pct(c.current.rate)} over ${c.current.posts} posts, against ${pct(c.previous.rate)} over ${c.previous.posts} posts the period before.`;
}

export function explainEvidence(insight: Insight): string[] {
  const { n, effect, baseline, metric } = insight.evidence;
  if (metric === 'posts_missing')
    return [
      `We look for patterns only once a period has at least ${figure(baseline)} posts with metrics; this one has ${n}.`,
      `${figure(effect)} more would be enough. Until then any "pattern" would be noise, so none is shown.`,
    ];
  const parts = [`This rests on ${n} ${metric.startsWith('percentile') ? 'peers' : 'posts'}.`];
  const comparison = comparisonSentence(insight);
  if (comparison) parts.push(comparison);
  parts.push(effectSentence(insight), CONFIDENCE_MEANING[insight.confidence]);
  return parts;
}
