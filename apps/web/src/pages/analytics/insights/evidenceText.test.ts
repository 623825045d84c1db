// The "Why we think so" wording: a claim only when the interval leaves 1×, the data insight's
// arithmetic, and the period comparison when there is one.
import type { Insight } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { explainEvidence } from './evidenceText';

const base: Insight = {
  type: 'positive',
  category: 'content',
  message: 'Posts about "hiring" get 1.8× the engagement of your other posts.',
  recommendation: 'Do more of this.',
  evidence: { n: 12, effect: 1.8, interval: [1.3, 2.4], baseline: 0.04, metric: 'engagement_rate_ratio' },
  confidence: 'medium',
};

describe('explainEvidence', () => {
  it('says the difference is unlikely to be chance when the interval is above 1×', () => {
    const text = explainEvidence(base).join(' ');
    expect(text).toContain('12 posts');
    expect(text).toContain('between 1.30× and 2.40×');
    expect(text).toContain('whole interval is above 1×');
    expect(text).toContain('Confidence is medium');
  });

  it('claims nothing when the interval includes 1×', () => {
    const text = explainEvidence({ ...base, evidence: { ...base.evidence, interval: [0.9, 1.6] } }).join(' ');
    expect(text).toContain('could be chance');
    expect(text).not.toContain('unlikely to be chance');
  });

  it('explains the data insight as posts still missing', () => {
    const text = explainEvidence({
      ...base,
      type: 'data',
      evidence: { n: 4, effect: 16, interval: [16, 16], baseline: 20, metric: 'posts_missing' },
    }).join(' ');
    expect(text).toContain('at least 20 posts');
    expect(text).toContain('this one has 4');
    expect(text).toContain('16 more');
  });

  it('gives both periods’ rates and post counts for a change', () => {
    const text = explainEvidence({
      ...base,
      evidence: {
        ...base.evidence,
        metric: 'engagement_rate_change',
        comparison: { current: { rate: 0.05, posts: 30 }, previous: { rate: 0.04, posts: 20 } },
      },
    }).join(' ');
    expect(text).toContain('5.00 % over 30 posts');
    expect(text).toContain('4.00 % over 20 posts');
  });
});
