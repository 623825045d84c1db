// The schedule dialog's preview must show what the server will send: the same split, the same
// refusals (cases mirror the server's adaptation and splitIntoThread tests).
import { describe, expect, test } from 'vitest';
import { platformLength } from './platformLength';
import { MAX_THREAD_PARTS, type PreviewPiece, previewFor, splitIntoThread } from './publishPreview';

const piece = (bodyMarkdown: string, overrides: Partial<PreviewPiece> = {}): PreviewPiece => ({
  type: 'post',
  title: null,
  bodyMarkdown,
  metadata: { hashtags: [] },
  ...overrides,
});
const sentence = 'Clear writing is a habit you build one honest sentence at a time. ';
const long = Array.from(
  { length: 30 },
  (_, i) => `Sentence number ${i + 1} explains one small idea about pricing.`,
).join(' ');

describe('splitIntoThread', () => {
  test('keeps text that fits as one unnumbered part', () => {
    expect(splitIntoThread('x', '  Short and sweet. ', 280)).toEqual(['Short and sweet.']);
  });

  test('numbers the parts, keeps each within the limit, splits at sentences and loses no words', () => {
    for (const [platform, limit] of [
      ['x', 280],
      ['bluesky', 300],
      ['mastodon', 500],
    ] as const) {
      const parts = splitIntoThread(platform, long, limit);
      expect(parts.length).toBeGreaterThan(1);
      parts.forEach((part, i) => {
        expect(platformLength(platform, part)).toBeLessThanOrEqual(limit);
        expect(part.endsWith(` (${i + 1}/${parts.length})`)).toBe(true);
        expect(part.replace(/ \(\d+\/\d+\)$/, '')).toMatch(/\.$/);
      });
      const rejoined = parts.map((p) => p.replace(/ \(\d+\/\d+\)$/, '')).join(' ');
      expect(rejoined.split(/\s+/)).toEqual(long.split(/\s+/));
    }
  });

  test('breaks a word too long for one post, with CJK and emoji weighed as X does', () => {
    const parts = splitIntoThread(
      'x',
      `${'a'.repeat(600)} ${'日本語の文章です。'.repeat(40)} ${'🎉'.repeat(200)}`,
      280,
    );
    for (const part of parts) expect(platformLength('x', part)).toBeLessThanOrEqual(280);
  });
});

describe('previewFor', () => {
  test('a short post is one part everywhere, with its length and the limit', () => {
    for (const platform of ['linkedin', 'x', 'bluesky', 'mastodon'] as const)
      expect(previewFor(piece('Ship small, ship often.'), platform)).toMatchObject({
        parts: [{ text: 'Ship small, ship often.', length: 23 }],
        problem: null,
      });
  });

  test('long text becomes a numbered X thread', () => {
    const preview = previewFor(piece(sentence.repeat(12)), 'x');
    expect(preview.problem).toBeNull();
    expect(preview.parts.length).toBeGreaterThan(1);
    for (const [i, part] of preview.parts.entries()) {
      expect(part.length).toBeLessThanOrEqual(280);
      expect(part.text).toMatch(new RegExp(`\\(${i + 1}/${preview.parts.length}\\)$`));
    }
  });

  test("a Mastodon instance's own limit decides whether long text becomes a thread", () => {
    const text = sentence.repeat(12);
    expect(text.length).toBeGreaterThan(500);
    expect(previewFor(piece(text), 'mastodon').parts.length).toBeGreaterThan(1);
    const roomy = previewFor(piece(text), 'mastodon', 5000);
    expect(roomy).toMatchObject({ limit: 5000, problem: null });
    expect(roomy.parts.map((p) => p.text)).toEqual([text.trim()]);
  });

  test('a thread written part by part keeps its parts, and names a part that is too long', () => {
    const thread = piece('First: the problem.\n\nSecond: the fix.\n\nThird: the result.', { type: 'thread' });
    expect(previewFor(thread, 'bluesky').parts.map((p) => p.text)).toEqual([
      'First: the problem.',
      'Second: the fix.',
      'Third: the result.',
    ]);
    const tooLong = previewFor(piece(`Short opener.\n\n${'a'.repeat(281)}`, { type: 'thread' }), 'x');
    expect(tooLong.problem).toBe('Part 2 is too long for X: 281 characters (at most 280)');
    expect(tooLong.parts).toHaveLength(2);
  });

  test('LinkedIn over 3000 characters is refused, not cut', () => {
    const preview = previewFor(piece('a'.repeat(3001)), 'linkedin');
    expect(preview.problem).toMatch(/^LinkedIn allows 3000 characters per post; this has 3001/);
    expect(preview.parts[0]?.length).toBe(3001);
  });

  test('threads over the maximum, empty bodies and video scripts are refused', () => {
    expect(previewFor(piece(sentence.repeat(200)), 'bluesky').problem).toContain(
      `at most ${MAX_THREAD_PARTS}`,
    );
    expect(previewFor(piece('   '), 'x').problem).toMatch(/nothing to publish/);
    expect(previewFor(piece('Scene 1', { type: 'video_script' }), 'x').problem).toMatch(/video script/);
  });

  test('Medium needs a title and takes at most three short tags', () => {
    const article = piece('# Heading\n\nBody', {
      type: 'article',
      title: 'On habits',
      metadata: {
        hashtags: ['#writing', '#habits', '#averyveryverylongtagthatmediumignores', '#craft', '#x'],
      },
    });
    expect(previewFor(article, 'medium')).toMatchObject({
      title: 'On habits',
      tags: ['writing', 'habits', 'craft'],
      limit: null,
      problem: null,
    });
    expect(previewFor({ ...article, title: null }, 'medium').problem).toMatch(/need a title/);
  });
});
