// The month plan's pure parts: apportionment, day spreading, pillar order, topic recency.
import type { ContentPillar } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './calendar-dates.js';
import { apportion, planMonth, sequencePillars, spreadDays } from './planner.js';
import { orderTopics, recentTopics } from './planner-topics.js';

// February 2027 starts on a Monday and has exactly four ISO weeks.
const FEB = '2027-02';
const BEFORE_FEB = '2027-01-15';

describe('apportion (largest remainder)', () => {
  it.each([
    [10, [40, 35, 25], [4, 4, 2]], // 4 / 3.5 / 2.5: the tie on .5 goes to the larger share
    [7, [34, 33, 33], [3, 2, 2]],
    [12, [50, 30, 20], [6, 4, 2]],
    [3, [25, 25, 25, 25], [1, 1, 1, 0]],
    [0, [60, 40], [0, 0]],
  ])('splits %i by %j into %j', (total, weights, parts) => {
    expect(apportion(total, weights)).toEqual(parts);
  });

  it('always sums to the total and never strays a whole unit from the exact quota', () => {
    const shareSets = [
      [50, 30, 20],
      [34, 33, 33],
      [70, 10, 10, 5, 5],
      [1, 1, 98],
    ];
    for (const shares of shareSets) {
      for (let total = 0; total <= 40; total++) {
        const parts = apportion(total, shares);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Math.abs(p - (total * (shares[i] as number)) / 100)).toBeLessThan(1);
        });
      }
    }
  });
});

describe('spreadDays', () => {
  const days = (postsPerWeek: number, today = BEFORE_FEB, existing: string[] = []) =>
    spreadDays({ month: FEB, today, postsPerWeek, existing });

  it('puts three a week on Tuesday, Wednesday and Thursday', () => {
    const slots = days(3);
    expect(slots).toHaveLength(12);
    expect(new Set(slots.map(weekdayOf))).toEqual(new Set([2, 3, 4]));
  });

  it('spaces two a week on Tuesday and Thursday', () => {
    expect(days(2).slice(0, 2)).toEqual(['2027-02-02', '2027-02-04']);
    expect(new Set(days(2).map(weekdayOf))).toEqual(new Set([2, 4]));
  });

  it('fills weekdays before weekends', () => {
    expect(days(5).every((d) => weekdayOf(d) <= 5)).toBe(true);
    expect(days(5)).toHaveLength(20);
    expect(days(7)).toHaveLength(28);
    expect(new Set(days(14))).toHaveProperty('size', 28);
  });

  it('never plans before today, and gives a part week its share', () => {
    // Wed 17th: that week has 5 days left, so round(3 × 12/7) − 0 = 2 posts, then 3 the week after.
    expect(days(3, '2027-02-17')).toEqual([
      '2027-02-17',
      '2027-02-18',
      '2027-02-23',
      '2027-02-24',
      '2027-02-25',
    ]);
    expect(days(3, '2027-03-01')).toEqual([]);
  });

  it('counts entries already there toward the week and avoids their days', () => {
    const slots = days(3, BEFORE_FEB, ['2027-02-02', '2027-02-03']);
    expect(slots.filter((d) => d < '2027-02-08')).toEqual(['2027-02-04']);
    expect(slots).toHaveLength(10);
  });
});

describe('sequencePillars', () => {
  const slots = ['2027-02-02', '2027-02-03', '2027-02-04', '2027-02-09'];

  it('never repeats a pillar back to back when another is left', () => {
    const order = sequencePillars({ slots, counts: [2, 1, 1], pillars: ['A', 'B', 'C'], fixed: [] });
    expect(order).toEqual(['A', 'B', 'A', 'C']);
  });

  it('respects the counts when repeating cannot be avoided', () => {
    const order = sequencePillars({ slots, counts: [3, 1], pillars: ['A', 'B'], fixed: [] });
    expect(order.filter((p) => p === 'A')).toHaveLength(3);
    expect(order.slice(0, 2)).toEqual(['A', 'B']);
  });

  it('looks at the entries that stay on either side', () => {
    const order = sequencePillars({
      slots: ['2027-02-02', '2027-02-04'],
      counts: [1, 1],
      pillars: ['A', 'B'],
      fixed: [{ date: '2027-02-03', pillar: 'A' }],
    });
    expect(order).toEqual(['B', 'A']);
  });
});

describe('topic recency', () => {
  it('prefers topics not covered recently, then the least recently covered', () => {
    const recent = recentTopics([
      { date: '2027-01-10', topic: 'Month-end close' },
      { date: '2026-12-05', topic: 'hiring data talent ' },
      { date: '2026-12-20', topic: 'Month-end close' },
    ]);
    expect(recent.get('month-end close')).toBe('2027-01-10');
    const ordered = orderTopics(['Month-end close', 'Trusting numbers', 'Hiring data talent'], recent);
    expect(ordered).toEqual(['Trusting numbers', 'Hiring data talent', 'Month-end close']);
  });
});

describe('planMonth', () => {
  const pillar = (name: string, share: number, topics: string[]): ContentPillar => ({
    name,
    share,
    description: `Posts about ${name}.`,
    exampleTopics: topics,
  });
  const pillars = [
    pillar('Close', 50, ['Close in two days', 'Reconciliations', 'Audit trails']),
    pillar('Data', 30, ['Real-time dashboards', 'Data contracts']),
    pillar('Teams', 20, ['Hiring', 'Mentoring']),
  ];

  it('splits slots by share, takes fresh topics first and keeps user entries in the count', () => {
    const planned = planMonth({
      month: FEB,
      today: BEFORE_FEB,
      postsPerWeek: 3,
      platforms: ['linkedin', 'x'],
      pillars,
      kept: [{ date: '2027-02-02', topic: 'Our offsite', pillar: null, status: 'planned' }],
      recent: [{ date: '2027-01-20', topic: 'Close in two days' }],
    });
    expect(planned).toHaveLength(11);
    const count = (name: string) => planned.filter((p) => p.pillar === name).length;
    expect([count('Close'), count('Data'), count('Teams')]).toEqual(apportion(11, [50, 30, 20]));
    expect(planned.find((p) => p.pillar === 'Close')?.topic).toBe('Reconciliations');
    expect(planned.every((p) => p.format === 'post' && p.platforms.join() === 'linkedin,x')).toBe(true);
    // 6 of 11 for one pillar can still alternate, so no two neighbours share a pillar.
    const pairs = planned.slice(1).map((p, i) => [planned[i]?.pillar, p.pillar]);
    expect(pairs.filter(([a, b]) => a === b)).toEqual([]);
  });

  it('plans articles for Medium alone', () => {
    const planned = planMonth({
      month: FEB,
      today: BEFORE_FEB,
      postsPerWeek: 1,
      platforms: ['medium'],
      pillars,
      kept: [],
      recent: [],
    });
    expect(planned.map((p) => p.format)).toEqual(['article', 'article', 'article', 'article']);
  });
});

describe('the user’s best weekdays', () => {
  it('puts the week’s posts on the preferred weekdays instead of the default midweek order', () => {
    // Saturday, Sunday, Monday first: a user whose own history says weekends work.
    const preferred = spreadDays({
      month: FEB,
      today: BEFORE_FEB,
      postsPerWeek: 2,
      existing: [],
      dayPreference: [6, 7, 1, 2, 3, 4, 5],
    });
    expect(new Set(preferred.map(weekdayOf))).toEqual(new Set([6, 7]));
    const usual = spreadDays({ month: FEB, today: BEFORE_FEB, postsPerWeek: 2, existing: [] });
    expect(new Set(usual.map(weekdayOf))).toEqual(new Set([2, 4]));
  });
});
