// The schedule dialog's preview: the server's adaptation (tested in contracts and the server), with
// each part measured and the limit the account has.

import { MAX_THREAD_PARTS } from '@brandwright/contracts';
import { describe, expect, test } from 'vitest';
import { type PreviewPiece, previewFor } from './publishPreview';

const piece = (bodyMarkdown: string, overrides: Partial<PreviewPiece> = {}): PreviewPiece => ({
  type: 'post',
  title: null,
  bodyMarkdown,
  metadata: { hashtags: [] },
  ...overrides,
});
const sentence = 'Clear writing is a habit you build one honest sentence at a time. ';

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
