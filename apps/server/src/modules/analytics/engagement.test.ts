// The per-platform engagement definitions and their denominators.
import { describe, expect, it } from 'vitest';
import { combineRates, engagementsOf, postRate, rateParts } from './engagement.js';

describe('engagements', () => {
  it('sums the platform-defined counts, ignoring counts the platform does not count', () => {
    const m = {
      impressions: 1000,
      likes: 10,
      comments: 2,
      shares: 3,
      clicks: 5,
      quotes: 1,
      bookmarks: 4,
      reach: 800,
    };
    expect(engagementsOf('linkedin', m)).toBe(20);
    expect(engagementsOf('x', m)).toBe(25);
    expect(engagementsOf('bluesky', m)).toBe(16);
    expect(engagementsOf('mastodon', m)).toBe(15);
  });

  it('treats an unreported count as absent and Medium as having no metrics', () => {
    expect(engagementsOf('linkedin', { likes: 3 })).toBe(3);
    expect(engagementsOf('medium', { likes: 3 })).toBeNull();
  });
});

describe('rates', () => {
  it('divides by impressions on LinkedIn and X', () => {
    expect(postRate('x', { impressions: 200, likes: 10 }, 5000)).toEqual({
      value: 0.05,
      denominator: 'impressions',
    });
    expect(postRate('linkedin', { likes: 10 }, 5000)).toBeNull();
  });

  it('divides by followers at posting time on Bluesky and Mastodon', () => {
    expect(postRate('bluesky', { likes: 6, shares: 4 }, 500)).toEqual({
      value: 0.02,
      denominator: 'followers',
    });
    expect(postRate('mastodon', { likes: 6 }, null)).toBeNull();
    expect(postRate('mastodon', { likes: 6 }, 0)).toBeNull();
  });

  it('has no rate for Medium', () => {
    expect(postRate('medium', { impressions: 100, likes: 1 }, 100)).toBeNull();
  });

  it('combines posts as a weighted mean per denominator', () => {
    const parts = [
      rateParts('x', { impressions: 100, likes: 10 }, null),
      rateParts('linkedin', { impressions: 900, likes: 10 }, null),
      rateParts('mastodon', { likes: 50 }, 100),
    ].filter((p) => p !== null);
    expect(combineRates(parts, 'impressions')).toEqual({ value: 0.02, denominator: 'impressions' });
    expect(combineRates(parts, 'followers')).toEqual({ value: 0.5, denominator: 'followers' });
    expect(combineRates([], 'followers')).toBeNull();
  });
});
