// A month plan's topics: no topic twice in a month (also when pillars share example topics, or a
// pillar has far more posts than examples), entries that stay are not repeated, and the angles a
// plan falls back on are phrased differently for each pillar.
import type { ContentPillar } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { planMonth } from './planner.js';
import { normalTopic, pillarAngles } from './planner-topics.js';

const pillar = (name: string, share: number, topics: string[]): ContentPillar => ({
  name,
  share,
  description: `Posts about ${name}.`,
  exampleTopics: topics,
});

/** Five pillars with two examples each, as the offline strategy's general pillars have. */
const FIVE = [
  pillar('Data platforms', 30, ['The most common mistake with data platforms', 'Hiring']),
  pillar('Real-time analytics', 25, ['A simple checklist for real-time analytics', 'Hiring']),
  pillar('Team building', 20, ['What a first week on the team looks like', 'Mentoring']),
  pillar('Client results', 15, ['A recent client win, step by step', 'What a first engagement looks like']),
  pillar('Lessons learned', 10, ['A mistake that changed how I work', 'Advice to my younger self']),
];

const plan = (pillars: ContentPillar[], postsPerWeek: number, kept: { date: string; topic: string }[] = []) =>
  planMonth({
    month: '2027-02',
    today: '2027-01-15',
    postsPerWeek,
    platforms: ['linkedin'],
    pillars,
    kept: kept.map((k) => ({ ...k, pillar: null, status: 'planned' })),
    recent: [],
  });

const duplicates = (topics: string[]) => topics.map(normalTopic).filter((t, i, all) => all.indexOf(t) !== i);

describe('month plan topics', () => {
  it('gives a 5-pillar, 20-post month twenty different topics', () => {
    const planned = plan(FIVE, 5);
    expect(planned).toHaveLength(20);
    expect(new Set(planned.map((p) => p.pillar)).size).toBe(5);
    expect(duplicates(planned.map((p) => p.topic))).toEqual([]);
    // "Hiring" is an example of two pillars: it is used once.
    expect(planned.filter((p) => p.topic === 'Hiring')).toHaveLength(1);
  });

  it('phrases the angles of each pillar differently', () => {
    const planned = plan(FIVE, 5);
    const examples = new Set(FIVE.flatMap((p) => p.exampleTopics));
    const phrasingsOf = (name: string) =>
      planned
        .filter((p) => p.pillar === name && !examples.has(p.topic))
        .map((p) => p.topic.replace(name, '…'));
    const seen = new Map<string, string>();
    // The three largest pillars have more posts than examples, so the plan reaches their angles.
    expect(FIVE.filter((p) => phrasingsOf(p.name).length > 0).length).toBeGreaterThanOrEqual(3);
    for (const { name } of FIVE) {
      for (const phrasing of phrasingsOf(name)) {
        expect(seen.get(phrasing) ?? name).toBe(name);
        seen.set(phrasing, name);
      }
    }
    // Pillars start at different angles even before a plan needs them.
    const first = FIVE.map((p, i) => pillarAngles(p.name, i)[0]?.replace(p.name, '…'));
    expect(new Set(first).size).toBe(5);
  });

  it('never repeats a topic, even for one pillar posting every day', () => {
    const planned = plan([pillar('Data platforms', 100, ['Data contracts', 'Lineage'])], 21);
    expect(planned.length).toBeGreaterThan(80);
    expect(duplicates(planned.map((p) => p.topic))).toEqual([]);
  });

  it('does not repeat the topic of an entry that stays in the month', () => {
    const planned = plan(FIVE, 5, [{ date: '2027-02-03', topic: ' hiring ' }]);
    expect(planned.map((p) => normalTopic(p.topic))).not.toContain('hiring');
    expect(duplicates(planned.map((p) => p.topic))).toEqual([]);
  });

  it('prefers recommended topics for their pillar, once each, then falls back to the examples', () => {
    const suggestions = [
      { topic: 'Payment fraud detection', pillar: 'Data platforms' },
      { topic: 'Streaming joins that scale', pillar: 'Real-time analytics' },
      { topic: 'Payment fraud detection', pillar: 'Real-time analytics' },
    ];
    const planned = planMonth({
      month: '2027-02',
      today: '2027-01-15',
      postsPerWeek: 5,
      platforms: ['linkedin'],
      pillars: FIVE,
      kept: [],
      recent: [{ date: '2027-01-10', topic: 'Streaming joins that scale' }],
      suggestions,
    });
    const first = (name: string) => planned.find((p) => p.pillar === name)?.topic;
    expect(first('Data platforms')).toBe('Payment fraud detection');
    // A suggestion covered recently is not taken; a topic another pillar took is not repeated.
    expect(first('Real-time analytics')).toBe('A simple checklist for real-time analytics');
    expect(planned.filter((p) => p.topic === 'Payment fraud detection')).toHaveLength(1);
    expect(duplicates(planned.map((p) => p.topic))).toEqual([]);
  });
});
