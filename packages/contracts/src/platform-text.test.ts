// The platforms' text rules, one copy for server and browser: lengths as each platform counts
// them (X weights, Bluesky graphemes, Mastodon URLs) and splitting into numbered threads.
import { describe, expect, it } from 'vitest';
import {
  graphemeCount,
  PLATFORM_LIMITS,
  platformLength,
  splitIntoThread,
  threadParts,
  xWeightedLength,
} from './platform-text.js';

describe('lengths', () => {
  it('weights URLs and emoji as X does', () => {
    expect(xWeightedLength('hello')).toBe(5);
    // Every URL counts 23 whatever its length.
    expect(xWeightedLength('see https://example.com/a/very/long/path/indeed')).toBe(4 + 23);
    expect(xWeightedLength('🚀')).toBe(2);
  });

  it('counts graphemes, not code units', () => {
    expect('👍🏽'.length).toBe(4);
    expect(graphemeCount('👍🏽')).toBe(1);
    expect(graphemeCount('e\u0301te\u0301')).toBe(3);
    expect(graphemeCount('👨‍👩‍👧 ok')).toBe(4);
  });
});

describe('platformLength', () => {
  it('counts X by weight: URLs 23, CJK and emoji 2', () => {
    expect(platformLength('x', 'hello')).toBe(5);
    expect(platformLength('x', 'see https://example.com/a/very/long/path/that/goes/on')).toBe(4 + 23);
    expect(platformLength('x', '日本語')).toBe(6);
    expect(platformLength('x', '👍🏽')).toBe(2);
  });

  it('counts Bluesky in graphemes, so combining characters and emoji sequences count once', () => {
    expect(platformLength('bluesky', 'e\u0301')).toBe(1);
    expect(platformLength('bluesky', '👨‍👩‍👧')).toBe(1);
    expect(platformLength('bluesky', 'café')).toBe(4);
  });

  it('counts Mastodon URLs as 23 and LinkedIn in code points', () => {
    expect(platformLength('mastodon', `read https://example.com/${'x'.repeat(80)}`)).toBe(5 + 23);
    expect(platformLength('linkedin', '😀 ok')).toBe(4);
  });
});

describe('threadParts', () => {
  it('splits at blank lines and drops empty parts', () => {
    expect(threadParts('one\n\n\n two \n\nthree')).toEqual(['one', 'two', 'three']);
  });
});

describe('splitIntoThread', () => {
  it('keeps a list one item per line and paragraphs apart across the parts', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `${i + 1}. Item number ${i + 1} says one useful thing about on-call.`,
    );
    const text = `Six things we changed about on-call:\n\n${items.join('\n')}\n\nWhich one would you add?`;
    const parts = splitIntoThread('x', text);
    expect(parts.length).toBeGreaterThan(1);
    const lines = parts
      .join('\n')
      .split('\n')
      .map((l) => l.replace(/ \(\d+\/\d+\)$/, ''));
    for (const item of items) expect(lines).toContain(item);
    expect(parts[0]).toMatch(/^Six things we changed about on-call:\n\n1\. /);
  });

  const long = Array.from(
    { length: 30 },
    (_, i) => `Sentence number ${i + 1} explains one small idea about pricing.`,
  ).join(' ');

  it('keeps text that fits as one unnumbered part', () => {
    expect(splitIntoThread('x', 'Short and sweet.')).toEqual(['Short and sweet.']);
  });

  it('numbers the parts, keeps every one within the limit and loses no words', () => {
    for (const platform of ['x', 'bluesky', 'mastodon'] as const) {
      const parts = splitIntoThread(platform, long);
      expect(parts.length).toBeGreaterThan(1);
      parts.forEach((part, i) => {
        expect(platformLength(platform, part)).toBeLessThanOrEqual(PLATFORM_LIMITS[platform].limit);
        expect(part.endsWith(` (${i + 1}/${parts.length})`)).toBe(true);
      });
      const rejoined = parts.map((p) => p.replace(/ \(\d+\/\d+\)$/, '')).join(' ');
      expect(rejoined.split(/\s+/)).toEqual(long.split(/\s+/));
    }
  });

  it('splits on sentence boundaries when sentences fit', () => {
    for (const part of splitIntoThread('x', long)) expect(part.replace(/ \(\d+\/\d+\)$/, '')).toMatch(/\.$/);
  });

  it('breaks a single overlong word, and handles CJK and emoji weights', () => {
    const parts = splitIntoThread(
      'x',
      `${'a'.repeat(600)} ${'日本語の文章です。'.repeat(40)} ${'🎉'.repeat(200)}`,
    );
    for (const part of parts) expect(platformLength('x', part)).toBeLessThanOrEqual(280);
  });
});
