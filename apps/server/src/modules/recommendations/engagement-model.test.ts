// The engagement potential: null without enough history, the user's median (50) for a topic never
// posted on, and shrinkage that trusts eight posts at 2× more than one post at 2×. Ranking: one
// entry per topic, dismissed ones out for DISMISS_DAYS, used ones demoted, a stable order.

import { describe, expect, it } from 'vitest';
import type { PerformanceRecord } from '../analytics/index.js';
import { EngagementModel, normalise } from './engagement-model.js';
import type { Candidate } from './producers.js';
import { DISMISS_DAYS, rank } from './recommendations.service.js';

let n = 0;
function record(text: string, rate: number, pillar: string | null = null): PerformanceRecord {
  n += 1;
  return {
    id: `r${String(n).padStart(3, '0')}`,
    contentId: null,
    platform: 'linkedin',
    publishedAt: new Date(Date.UTC(2026, 0, n)),
    text,
    pillar,
    contentType: null,
    source: 'brandwright',
    metrics: {},
    engagements: rate * 1000,
    denominator: 'impressions',
    base: 1000,
    rate,
  };
}

const baseline = () => Array.from({ length: 20 }, (_, i) => record(`Note ${i}`, 0.02 + (i % 5) * 0.001));

describe('EngagementModel.potential', () => {
  it('is null with the reason below five posts with metrics', () => {
    const model = new EngagementModel(normalise(baseline().slice(0, 4)));
    expect(model.potential('Anything', null)).toEqual({
      value: null,
      note: 'Not enough engagement history yet: 4 posts with metrics, 5 needed.',
    });
  });

  it("is the user's median for a topic with no posts", () => {
    expect(new EngagementModel(normalise(baseline())).potential('Quantum gardening', null).value).toBe(50);
  });

  it('shrinks one lucky post more than eight consistent ones', () => {
    const one = new EngagementModel(normalise([...baseline(), record('x', 0.044, 'Hiring')]));
    const eight = new EngagementModel(
      normalise([...baseline(), ...Array.from({ length: 8 }, () => record('y', 0.044, 'Hiring'))]),
    );
    const few = one.potential('Some hiring topic', 'Hiring');
    const many = eight.potential('Some hiring topic', 'Hiring');
    expect(few.value).toBeGreaterThan(50);
    expect(many.value).toBeGreaterThan(few.value as number);
    expect(many.value).toBeLessThanOrEqual(80); // 2× the median, at most, is ≈ 80
    expect(many.note).toMatch(
      /^8 posts in "Hiring" averaged 1\.9\d× your median rate; shrunk .* weight 0\.9\d/,
    );
  });
});

const candidate = (topic: string, relevance: number, type: Candidate['type'] = 'gap'): Candidate => ({
  type,
  topic,
  pillar: null,
  relevance,
  reason: 'r',
});

describe('rank', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('keeps the most relevant per topic, drops recent dismissals, demotes used topics', () => {
    const ranked = rank(
      [
        candidate('Alpha', 0.9),
        candidate('alpha!', 0.95, 'neighbour'),
        candidate('Beta', 0.8),
        candidate('Gamma', 0.7),
        candidate('Delta', 0.6),
      ],
      [
        { topicKey: 'beta', action: 'dismiss', pillar: null, at: new Date(now.getTime() - 86_400_000) },
        { topicKey: 'gamma', action: 'use', pillar: null, at: now },
        {
          topicKey: 'delta',
          action: 'dismiss',
          pillar: null,
          at: new Date(now.getTime() - (DISMISS_DAYS + 1) * 86_400_000),
        },
      ],
      now,
    );
    expect(ranked.map((c) => [c.topic, c.relevance])).toEqual([
      ['alpha!', 0.95],
      ['Delta', 0.6],
      ['Gamma', 0.35],
    ]);
  });
});
