// Punctuation habits the composer borrows: semicolons for writers who use them, never for writers
// who do not (a merge then takes ", and" or leaves the sentences apart).
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE } from '../port.js';
import type { Line } from './compose.js';
import { Rng } from './random.js';
import { sampleTraits } from './samples.js';
import { fitSentenceLength, shapeToVoice } from './voice.js';

const body = (...texts: string[]): Line[] => texts.map((text) => ({ text, kind: 'body' }));
const SHORT = body(
  'It works.',
  'The team ships weekly.',
  'Sarah runs the review.',
  'We measure it.',
  'It holds.',
);

describe('semicolons follow the writer', () => {
  it('measures semicolons per sentence in the samples', () => {
    expect(sampleTraits(['One point; another point. A third.', 'Plain. Plain too.']).semicolonRate).toBe(
      0.25,
    );
    expect(sampleTraits([]).semicolonRate).toBeNull();
  });

  it('merges short sentences without a semicolon for a writer who never uses one', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const merged = fitSentenceLength(SHORT, 14, new Rng(seed), false);
      expect(merged.length).toBeLessThan(SHORT.length);
      expect(merged.map((l) => l.text).join(' ')).not.toContain(';');
      // A proper noun never follows a joint lower-cased.
      expect(merged.map((l) => l.text).join(' ')).not.toContain('sarah');
    }
  });

  it('joins related statements with a semicolon for a writer who uses them, and not otherwise', () => {
    const voice = { ...DEFAULT_VOICE, avgSentenceWords: 4, questionRate: 0, contractionRate: 0 };
    const writes = (samples: string[]) =>
      shapeToVoice(SHORT, voice, sampleTraits(samples), new Rng(7))
        .map((l) => l.text)
        .join(' ');
    const withSemicolons = writes(['It failed; we learned. It held; the plan did not.']);
    expect(withSemicolons).toMatch(/[a-z]; (the|we|it) /);
    expect(writes(['It failed. We learned. It held. The plan did not.'])).not.toContain(';');
  });
});
