// Offline atomising and template hints: a source's key sentences make the post or thread (same input,
// same text), within the platform's rough size; a template hint shapes every variant.
import { describe, expect, it } from 'vitest';
import { keyPhrases } from '../../../platform/nlp/index.js';
import { DEFAULT_VOICE, type PostsInput } from '../port.js';
import { templateShape } from '../template-hint.js';
import { OfflineGenerator } from './generator.js';

const generator = new OfflineGenerator(() => new Date('2027-01-15T08:00:00Z'));

const ARTICLE = [
  'Month-end close used to take our finance team nine days.',
  'The real bottleneck was manual reconciliation between the billing system and the general ledger.',
  'We automated the reconciliation with a nightly job that flags mismatched invoices before anyone asks.',
  'Within two quarters the month-end close dropped to four days.',
  'The finance team now spends the saved time on cash-flow forecasting instead of spreadsheets.',
  'Automation alone did not do it; we also agreed on one owner for every reconciliation rule.',
  'If your close takes more than a week, start by timing each reconciliation step.',
].join(' ');

const base: PostsInput = {
  platform: 'linkedin',
  format: 'post',
  topic: 'faster month-end close',
  voice: DEFAULT_VOICE,
  samples: [],
  variants: 3,
  seed: 4,
};

describe('offline atomising of a source', () => {
  it('builds every variant from the key sentences of the source, deterministically', async () => {
    const input = { ...base, source: ARTICLE };
    const first = await generator.generatePosts(input);
    const again = await generator.generatePosts(input);
    expect(again.variants).toEqual(first.variants);
    const phrases = keyPhrases(ARTICLE, 5).map((p) => p.phrase);
    for (const v of first.variants) {
      const body = v.body.toLowerCase();
      expect(phrases.filter((p) => body.includes(p)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('takes fewer sentences for an X post than for a LinkedIn post', async () => {
    const linkedin = await generator.generatePosts({ ...base, source: ARTICLE, variants: 1 });
    const x = await generator.generatePosts({ ...base, platform: 'x', source: ARTICLE, variants: 1 });
    expect(x.variants[0]?.body.length).toBeLessThan(linkedin.variants[0]?.body.length ?? 0);
    expect(x.variants[0]?.body.length).toBeLessThanOrEqual(280);
  });

  it('falls back to the template when the source has no usable sentence', async () => {
    const result = await generator.generatePosts({ ...base, source: 'links: a, b', variants: 1 });
    expect(result.variants[0]?.body).toMatch(/month-end close/i);
  });
});

describe('template hints', () => {
  it('maps template names and structures onto the port shapes', () => {
    expect(templateShape({ name: 'How-to', structure: 'Steps.' })).toBe('how_to');
    expect(templateShape({ name: 'Carousel outline', structure: 'One idea per slide.' })).toBe('listicle');
    expect(templateShape({ name: 'Mine', structure: 'Everyone says X. I disagree.' })).toBe('contrarian');
    expect(templateShape({ name: 'Mine', structure: 'Plain words.' })).toBe('story');
  });

  it('gives every variant the requested shape', async () => {
    const result = await generator.generatePosts({
      ...base,
      template: { name: 'Lesson learned', structure: 'The mistake, then the lesson.' },
    });
    expect(result.variants.map((v) => v.template)).toEqual([
      'lesson_learned',
      'lesson_learned',
      'lesson_learned',
    ]);
    expect(new Set(result.variants.map((v) => v.body)).size).toBe(3);
  });
});
