// The offline composer's text helpers keep the user's phrases whole: nothing is cut or trimmed when
// a phrase fits, and a phrase that must be shortened is cut at a clause boundary.
import { describe, expect, it } from 'vitest';
import { asPhrase, clip, clipSentence, fit } from './text.js';

describe('clip and asPhrase', () => {
  it('leave a phrase that fits as written, even when it ends with a preposition', () => {
    for (const phrase of [
      'SLOs that nobody looks at',
      'alerts worth waking up for',
      'the teams we report to',
    ])
      expect(clip(phrase, 200)).toBe(phrase);
    expect(asPhrase('SLOs that nobody looks at.')).toBe('SLOs that nobody looks at');
    expect(asPhrase('"Dashboards nobody relies on"')).toBe('dashboards nobody relies on');
  });

  it('shorten only a phrase that is too long, at the strongest clause boundary that fits', () => {
    const long =
      'Kubernetes cost control, for teams that grew faster than their platform and now pay for idle clusters';
    expect(clip(long, 60)).toBe('Kubernetes cost control');
    expect(clip('incident reviews that change how teams work and what they fund next quarter', 50)).toBe(
      'incident reviews that change how teams work',
    );
    expect(clip('x'.repeat(90), 40)).toBe('x'.repeat(40));
  });

  it('never leaves a dangling joiner after a cut', () => {
    const cut = clip('observability for teams that run on-call rotations with too few people on them', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).not.toMatch(/\s(and|or|with|of|for|to|the|a|an|in|on|at|by)$/i);
  });

  it('fit picks the first candidate that fits, and clipSentence ends a sentence', () => {
    expect(fit(['a very long way to say it', 'short'], 10)).toBe('short');
    expect(fit(['too long, for sure'], 8)).toBe('too long');
    expect(clipSentence('They look at SLOs,', 100)).toBe('They look at SLOs.');
  });
});
