// The composer's counters must count as the platforms (and the server) do.
import { describe, expect, test } from 'vitest';
import { countLengths, isNearLimit, isOverLimit, platformLength, threadParts } from './platformLength';

describe('platformLength', () => {
  test('X weighs URLs as 23 and emoji as 2', () => {
    expect(platformLength('x', 'see https://example.com/a/very/long/path/that/keeps/going')).toBe(27);
    expect(platformLength('x', '👍')).toBe(2);
  });

  test('Bluesky counts graphemes: a skin-toned emoji is one', () => {
    expect(platformLength('bluesky', 'ok 👍🏽')).toBe(4);
  });

  test('Mastodon counts every URL as 23 characters', () => {
    expect(platformLength('mastodon', 'a https://example.com/x')).toBe(25);
  });

  test('LinkedIn counts code points', () => {
    expect(platformLength('linkedin', 'héllo 👍')).toBe(7);
  });
});

describe('countLengths', () => {
  test('a thread is counted part by part, parts separated by blank lines', () => {
    expect(threadParts('one\n\n\n two \n\nthree')).toEqual(['one', 'two', 'three']);
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
