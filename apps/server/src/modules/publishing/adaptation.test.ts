// Per-platform adaptation: single posts, numbered threads within each platform's limit, Medium
// articles, and the refusals.
import { xWeightedLength } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { adaptContent, MAX_THREAD_PARTS, type PublishablePiece } from './adaptation.js';

const piece = (bodyMarkdown: string, overrides: Partial<PublishablePiece> = {}): PublishablePiece => ({
  type: 'post',
  title: null,
  bodyMarkdown,
  metadata: { hashtags: [] },
  ...overrides,
});
const sentence = 'Clear writing is a habit you build one honest sentence at a time. ';

describe('adaptContent', () => {
  it('keeps a short post as one part everywhere', () => {
    for (const platform of ['linkedin', 'x', 'bluesky', 'mastodon'] as const) {
      const result = adaptContent(piece('Ship small, ship often.'), platform);
      expect(result).toEqual({ ok: true, plan: { platform, parts: [{ text: 'Ship small, ship often.' }] } });
    }
  });

  it('splits long text into a numbered X thread whose every part fits 280 weighted characters', () => {
    const result = adaptContent(piece(sentence.repeat(12)), 'x');
    if (!result.ok) throw new Error(result.problem);
    expect(result.plan.parts.length).toBeGreaterThan(1);
    for (const [i, part] of result.plan.parts.entries()) {
      expect(xWeightedLength(part.text)).toBeLessThanOrEqual(280);
      expect(part.text).toMatch(new RegExp(`\\(${i + 1}/${result.plan.parts.length}\\)$`));
    }
  });

  it('sends a thread written part by part as its parts, unnumbered, even when it would fit one post', () => {
    const thread = piece('First: the problem.\n\nSecond: the fix.\n\n  \n\nThird: the result.', {
      type: 'thread',
    });
    for (const platform of ['x', 'bluesky', 'mastodon'] as const)
      expect(adaptContent(thread, platform)).toEqual({
        ok: true,
        plan: {
          platform,
          parts: [
            { text: 'First: the problem.' },
            { text: 'Second: the fix.' },
            { text: 'Third: the result.' },
          ],
        },
      });
    // LinkedIn has no threads: the whole text is one post, paragraphs kept.
    expect(adaptContent(thread, 'linkedin')).toMatchObject({
      ok: true,
      plan: { parts: [{ text: thread.bodyMarkdown }] },
    });
  });

  it('refuses a written thread part that is too long instead of re-splitting it', () => {
    const thread = piece(`Short opener.\n\n${'a'.repeat(281)}`, { type: 'thread' });
    expect(adaptContent(thread, 'x')).toEqual({
      ok: false,
      problem: 'Part 2 is too long for X: 281 characters (at most 280)',
    });
    // A thread of one paragraph is split like a long post.
    const single = adaptContent(piece(sentence.repeat(12), { type: 'thread' }), 'x');
    expect(single.ok && single.plan.parts.length).toBeGreaterThan(1);
  });

  it('uses a Mastodon instance limit when given', () => {
    const text = sentence.repeat(10);
    const standard = adaptContent(piece(text), 'mastodon');
    expect(standard.ok && standard.plan.parts.length).toBeGreaterThan(1);
    const roomy = adaptContent(piece(text), 'mastodon', 5000);
    expect(roomy.ok && roomy.plan.parts).toHaveLength(1);
  });

  it('refuses LinkedIn text over 3000 characters instead of cutting it', () => {
    const result = adaptContent(piece('a'.repeat(3001)), 'linkedin');
    expect(result).toEqual({ ok: false, problem: 'LinkedIn allows 3000 characters per post; this has 3001' });
  });

  it('refuses threads longer than the maximum, empty bodies and video scripts', () => {
    const result = adaptContent(piece(sentence.repeat(200)), 'bluesky');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain(`at most ${MAX_THREAD_PARTS}`);
    expect(adaptContent(piece('   '), 'x')).toMatchObject({ ok: false });
    expect(adaptContent(piece('Scene 1', { type: 'video_script' }), 'x')).toMatchObject({ ok: false });
  });

  it('publishes articles to Medium with a title and at most three short tags', () => {
    const article = piece('# Heading\n\nBody', {
      type: 'article',
      title: 'On habits',
      metadata: {
        hashtags: ['#writing', '#habits', '#averyveryverylongtagthatmediumignores', '#craft', '#x'],
      },
    });
    expect(adaptContent(article, 'medium')).toEqual({
      ok: true,
      plan: {
        platform: 'medium',
        parts: [{ text: '# Heading\n\nBody' }],
        title: 'On habits',
        format: 'markdown',
        tags: ['writing', 'habits', 'craft'],
      },
    });
    expect(adaptContent({ ...article, title: null }, 'medium')).toEqual({
      ok: false,
      problem: 'Medium articles need a title',
    });
  });
});
