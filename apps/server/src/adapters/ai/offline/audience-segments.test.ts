// Personas come from the audience segments the user named: split at real separators, lead-ins such
// as "plus" dropped, the user's casing kept, names in sentence case.
import { describe, expect, it } from 'vitest';
import { audienceSegments, segmentName } from './audience-segments.js';

const names = (audience: string) => audienceSegments(audience).map((s) => segmentName(s));

describe('audienceSegments', () => {
  it.each([
    [
      'Platform engineers and SRE leads at scale-ups, plus SREs moving into senior roles',
      ['Platform engineers', 'SRE leads at scale-ups', 'SREs moving into senior roles'],
    ],
    [
      'Early-stage SaaS founders and their first finance hires',
      ['Early-stage SaaS founders', 'First finance hires'],
    ],
    [
      'engineering managers, tech leads; product managers',
      ['Engineering managers', 'Tech leads', 'Product managers'],
    ],
    [
      'Founders of seed-stage startups. Also the investors who back them.',
      ['Founders of seed-stage startups', 'Investors who back them'],
    ],
    ['CTOs', ['CTOs']],
    [
      'Platform and SRE engineers at growing tech companies, and the managers who own on-call',
      ['Platform and SRE engineers at growing tech companies', 'Managers who own on-call'],
    ],
    [
      'First-time founders of B2B software companies, from idea to Series A',
      ['First-time founders of B2B software companies, from idea to Series A'],
    ],
  ])('%s', (audience, expected) => {
    expect(names(audience)).toEqual(expected);
  });

  it('keeps an "and" that joins verbs or sits inside a modifier', () => {
    expect(names('teams that build and run platforms')).toEqual(['Teams that build and run platforms']);
    expect(names('platform engineers at startups and scale-ups')).toEqual([
      'Platform engineers at startups and scale-ups',
    ]);
  });

  it('never starts a name with a conjunction or Title Cases every word', () => {
    for (const audience of [
      'Data leaders, and also analysts who want to grow',
      'Hiring managers; plus recruiters in tech; or career changers',
    ]) {
      for (const name of names(audience)) {
        expect(name).not.toMatch(/^(and|or|plus|also)\b/i);
        const words = name.split(' ').slice(1);
        expect(words.some((w) => /^[a-z]/.test(w)) || words.length === 0).toBe(true);
      }
    }
    expect(names('Data leaders, and also analysts who want to grow')).toEqual([
      'Data leaders',
      'Analysts who want to grow',
    ]);
  });

  it('yields at most three segments, none repeated', () => {
    expect(names('CFOs, cfos, founders, investors, analysts')).toEqual(['CFOs', 'Founders', 'Investors']);
  });
});
