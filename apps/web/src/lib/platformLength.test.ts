// The composer's counters: per platform and thread part, against the usual or the account's limit
// (the counting itself is @brandwright/contracts' platformLength, tested there).
import { describe, expect, test } from 'vitest';
import { countLengths, isNearLimit, isOverLimit } from './platformLength';

describe('countLengths', () => {
  test('a thread is counted part by part, parts separated by blank lines', () => {
    const counts = countLengths('thread', ['x'], `${'a'.repeat(281)}\n\nshort`);
    expect(counts.map((c) => [c.part, c.length])).toEqual([
      [1, 281],
      [2, 5],
    ]);
    expect(counts.map(isOverLimit)).toEqual([true, false]);
  });

  test('a post is one count per platform; Medium has no limit', () => {
    const counts = countLengths('post', ['linkedin', 'medium'], 'x'.repeat(2800));
    expect(counts.map((c) => [c.platform, c.limit, c.part])).toEqual([
      ['linkedin', 3000, null],
      ['medium', null, null],
    ]);
    expect(counts.map(isNearLimit)).toEqual([true, false]);
  });

  test("a connected account's own limit replaces the usual one, never Medium's absence of one", () => {
    const text = 'x'.repeat(900);
    const [usual] = countLengths('post', ['mastodon'], text);
    expect(usual && isOverLimit(usual)).toBe(true);
    const counts = countLengths('post', ['mastodon', 'medium'], text, { mastodon: 5000, medium: 10 });
    expect(counts.map((c) => [c.platform, c.limit])).toEqual([
      ['mastodon', 5000],
      ['medium', null],
    ]);
    expect(counts.some(isOverLimit)).toBe(false);
  });
});
