// The narrative rule: every number in a summary or action item is an evidence number. The offline
// composer obeys it on real reports; a provider text with an invented number is replaced by the
// composer's (and logged); a traceable provider text is used as written.
import type { Insight } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { MemoryKv } from '../../platform/kv/index.js';
import { dataInsight, insightsFrom } from './insight-text.js';
import { InsightsService } from './insights.service.js';
import { allowedNumbers, composeOffline, type NarrativeWriter, untracedNumbers } from './narrative.js';
import { runTests } from './patterns.js';
import { syntheticHistory } from './test/synthetic.js';

const PERIOD = { from: '2027-02-01', to: '2027-02-28' };

function plantedInsights(): Insight[] {
  const posts = syntheticHistory({
    seed: 7,
    posts: 300,
    planted: { topics: { 'career growth': 1.8 }, questionHook: 1.5 },
  });
  return insightsFrom(runTests(posts, syntheticHistory({ seed: 8, posts: 200 })), posts.length);
}

describe('narrative numbers', () => {
  it('the offline composer writes only evidence numbers', { timeout: 60_000 }, () => {
    for (const insights of [plantedInsights(), [dataInsight(7, 7)], [dataInsight(12, 80)]]) {
      const narrative = composeOffline(insights);
      const allowed = allowedNumbers(insights, PERIOD);
      expect(narrative.summary.length).toBeGreaterThan(40);
      for (const text of [narrative.summary, ...narrative.actionItems])
        expect(untracedNumbers(text, allowed)).toEqual([]);
    }
  });

  it('finds a number that no evidence accounts for', () => {
    const allowed = allowedNumbers([dataInsight(7, 7)], PERIOD);
    expect(untracedNumbers('You have 7 posts; 13 more are needed.', allowed)).toEqual([]);
    expect(untracedNumbers('Posts at 9am get 42% more.', allowed)).toEqual(['9', '42']);
  });

  it('uses a traceable provider text and replaces an untraceable one, logging why', async () => {
    const warnings: string[] = [];
    const serviceWith = (writer: NarrativeWriter) =>
      new InsightsService({
        history: { records: async () => [] },
        kv: new MemoryKv(),
        clock: () => new Date('2027-03-20T12:00:00Z'),
        zones: { timezoneOf: async () => 'UTC' },
        writer,
        log: { warn: (_details, message) => warnings.push(message) },
      });
    const honest = await serviceWith({
      write: async () => ({
        summary: 'No posts have metrics yet; 20 are needed.',
        actionItems: ['Publish 20 posts.'],
      }),
    }).compute('u1', {
      zone: 'UTC',
      ...PERIOD,
      start: new Date(0),
      end: new Date(1),
      previousStart: new Date(0),
    });
    expect(honest.narrator).toBe('ai');
    expect(honest.summary).toBe('No posts have metrics yet; 20 are needed.');
    const invented = await serviceWith({
      write: async () => ({ summary: 'Your engagement rose 35% this month.', actionItems: [] }),
    }).compute('u1', {
      zone: 'UTC',
      ...PERIOD,
      start: new Date(0),
      end: new Date(1),
      previousStart: new Date(0),
    });
    expect(invented.narrator).toBe('offline');
    expect(invented.summary).not.toContain('35');
    expect(warnings).toHaveLength(1);
  });
});
