// Colons and dashes follow the writer: a writer who never uses them gets drafts without them, a
// writer who does gets some, and list hooks lose their colon without losing their sense.
import { describe, expect, it } from 'vitest';
import type { Line } from './compose.js';
import { followPunctuation, markRate } from './punctuation.js';
import { Rng } from './random.js';

const DRAFT: Line[] = [
  { text: 'Feedback that lands, in 3 points:', kind: 'hook' },
  { text: 'Say it early.', kind: 'body' },
  { text: 'The fix was simple: we asked first.', kind: 'body' },
  { text: 'Most people wait.', kind: 'body' },
  { text: 'The team noticed, and the tone changed.', kind: 'body' },
  { text: 'It worked — mostly.', kind: 'body' },
];
const text = (lines: Line[]) => lines.map((l) => l.text).join(' ');

describe('colons and dashes follow the writer', () => {
  it('measures colons and dashes per sentence in the samples', () => {
    expect(markRate(['One thing: focus. Then rest.', 'Plain. Plain too.'], 'colon')).toBe(0.25);
    expect(markRate(['It held — barely. Fine.'], 'dash')).toBe(0.5);
    expect(markRate([], 'dash')).toBeNull();
  });

  it('removes colons and dashes for a writer who uses none', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const out = text(followPunctuation(DRAFT, { colonRate: 0, dashRate: 0 }, new Rng(seed)));
      expect(out).not.toMatch(/[:—]/);
      expect(out).toContain('Feedback that lands, in 3 points.');
      expect(out).toContain('The fix was simple. We asked first.');
    }
  });

  it('keeps or adds them for a writer who uses them often', () => {
    const out = text(followPunctuation(DRAFT, { colonRate: 0.6, dashRate: 0.5 }, new Rng(3)));
    expect(out.match(/:/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(out.match(/ — /g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('leaves the draft alone without samples', () => {
    expect(followPunctuation(DRAFT, { colonRate: null, dashRate: null }, new Rng(1))).toEqual(DRAFT);
  });
});
