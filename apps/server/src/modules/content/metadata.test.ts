// Metadata of a piece: words, reading time, hashtags, mentions and per-platform length checks.
import { describe, expect, it } from 'vitest';
import { computeMetadata, markdownToPlainText, wordCount } from './metadata.js';

describe('computeMetadata', () => {
  it('counts words and reading time at about 230 words a minute', () => {
    const text = Array.from({ length: 460 }, (_, i) => `word${i}`).join(' ');
    const meta = computeMetadata('post', text, []);
    expect(meta.wordCount).toBe(460);
    expect(meta.readingTimeMinutes).toBe(2);
    expect(computeMetadata('post', 'Hi there.', []).readingTimeMinutes).toBe(1);
  });

  it('extracts hashtags and mentions once each, ignoring case and emails', () => {
    const meta = computeMetadata(
      'post',
      'Loved #AI talk with @ada_l and @grace. #ai #BuildInPublic mail me@x.com',
      [],
    );
    expect(meta.hashtags).toEqual(['AI', 'BuildInPublic']);
    expect(meta.mentions).toEqual(['ada_l', 'grace']);
  });

  it('checks an X post with a URL and emoji by weighted length', () => {
    const text = `${'a'.repeat(250)} https://example.com/a/very/long/path/that/is/shortened 🚀`;
    const meta = computeMetadata('post', text, ['x', 'bluesky', 'linkedin', 'medium']);
    // 250 letters + space + URL (23) + space + emoji (2) = 277
    expect(meta.perPlatform.x).toEqual({ length: 277, limit: 280, unit: 'weighted', fits: true });
    expect(meta.perPlatform.bluesky?.fits).toBe(false);
    expect(meta.perPlatform.linkedin).toMatchObject({ unit: 'characters', limit: 3000, fits: true });
    expect(meta.perPlatform.medium).toMatchObject({ limit: null, fits: true });
    expect(computeMetadata('post', `${text}🚀🚀`, ['x']).perPlatform.x).toMatchObject({
      length: 281,
      fits: false,
    });
  });

  it('checks threads part by part', () => {
    const thread = `1/2 ${'a'.repeat(200)}\n\n2/2 ${'b'.repeat(270)}`;
    expect(computeMetadata('thread', thread, ['x']).perPlatform.x).toMatchObject({ length: 274, fits: true });
    expect(computeMetadata('post', thread, ['x']).perPlatform.x?.fits).toBe(false);
  });

  it('ignores Markdown markup and link targets in articles', () => {
    const md =
      '## Heading here\n\nSee [the docs](https://example.com/long/path) and **bold** text.\n\n-   item';
    expect(markdownToPlainText(md)).toBe('Heading here\n\nSee the docs and bold text.\n\nitem');
    expect(computeMetadata('article', md, []).wordCount).toBe(9);
  });

  it('counts contractions and numbers as one word each, dashes and punctuation as none', () => {
    expect(wordCount("Don't stop — it's fine, 2026!")).toBe(5);
  });
});
