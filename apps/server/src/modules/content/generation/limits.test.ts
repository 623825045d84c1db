// Platform limits hold for adversarial generator output: huge posts, unbroken words, CJK and emoji
// (which X counts double), threads whose parts are far too long, articles without a title.
import type { Platform } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { checkLength } from '../../../platform/nlp/index.js';
import { enforceLimits, fitThread, TITLE_MAX, threadParts, trimToFit } from './limits.js';

const sentence = (i: number) => `Sentence number ${i} says something about data teams and reporting.`;
const long = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');
const ADVERSARIAL = [
  long,
  'x'.repeat(5000),
  '数据团队'.repeat(400),
  '🚀'.repeat(700),
  `${'supercalifragilistic'.repeat(30)} ${long}`,
  `https://example.com/${'a'.repeat(300)} ${long}`,
];
const PLATFORMS: Platform[] = ['x', 'bluesky', 'mastodon', 'linkedin'];

describe('enforceLimits', () => {
  for (const platform of PLATFORMS)
    it(`keeps every ${platform} post and thread part within the limit`, () => {
      for (const body of ADVERSARIAL) {
        for (const type of ['post', 'thread'] as const) {
          const fitted = enforceLimits(platform, type, body, 'hook');
          for (const part of fitted.parts ?? [fitted.body])
            expect(checkLength(platform, part).fits).toBe(true);
          expect(fitted.body.length).toBeGreaterThan(0);
        }
      }
    });

  for (const platform of ['x', 'bluesky', 'mastodon'] as const)
    it(`turns a ${platform} post that runs long into a numbered thread instead of cutting it`, () => {
      const fitted = enforceLimits(platform, 'post', long, 'hook');
      expect(fitted.parts?.length).toBeGreaterThan(1);
      expect(fitted.parts?.[0]).toMatch(/\(1\/\d+\)$/);
      expect(fitted.parts?.at(-1)).toContain(sentence(119));
      expect(fitted.adjustments[0]).toMatch(/split into a thread/);
    });

  it('shortens a LinkedIn post by whole middle paragraphs, keeping its list and its close', () => {
    const list =
      'Three things we changed:\n\n1. Page on symptoms.\n2. Delete noisy alerts.\n3. Review weekly.';
    const filler = Array.from(
      { length: 18 },
      (_, i) => `${sentence(i)} ${sentence(i + 100)} ${sentence(i + 200)}`,
    );
    const body = [list, ...filler, 'Which one would you add?'].join('\n\n');
    const fitted = enforceLimits('linkedin', 'post', body, 'hook');
    expect(checkLength('linkedin', fitted.body).fits).toBe(true);
    expect(fitted.body.startsWith(list)).toBe(true);
    expect(fitted.body.endsWith('Which one would you add?')).toBe(true);
    expect(fitted.adjustments[0]).toMatch(/whole paragraphs from the middle/);
  });

  it('trims a LinkedIn post of one paragraph at a sentence boundary', () => {
    const fitted = enforceLimits('linkedin', 'post', long, 'hook');
    expect(fitted.parts).toBeUndefined();
    expect(fitted.body).toMatch(/reporting\.$/);
    expect(fitted.adjustments[0]).toMatch(/trimmed at a sentence boundary/);
  });

  it('leaves a post that fits untouched', () => {
    expect(enforceLimits('linkedin', 'post', 'Short and fine. Really.', 'h')).toEqual({
      body: 'Short and fine. Really.',
      adjustments: [],
    });
  });

  it('renumbers a generated thread and splits its overlong parts', () => {
    const body = `1/3 Opening hook.\n\n2/3 ${long}\n\n3/3 What do you think?`;
    const fitted = enforceLimits('x', 'thread', body, 'Opening hook.');
    expect(fitted.parts?.[0]).toBe(`Opening hook. (1/${fitted.parts?.length})`);
    expect(fitted.parts?.at(-1)).toMatch(/^What do you think\? \(\d+\/\d+\)$/);
    for (const part of fitted.parts ?? []) expect(checkLength('x', part).fits).toBe(true);
  });

  it('gives a Medium article its heading as the title, or the hook when it has none', () => {
    expect(enforceLimits('medium', 'article', '# Data Teams\n\nBody text.', 'Hook')).toMatchObject({
      title: 'Data Teams',
      body: 'Body text.',
    });
    const untitled = enforceLimits('medium', 'article', 'Body only.', 'A'.repeat(300));
    expect([...(untitled.title ?? '')].length).toBeLessThanOrEqual(TITLE_MAX);
    expect(untitled.adjustments).toContain('title taken from the opening line');
  });
});

describe('helpers', () => {
  it('strips both numbering styles from thread parts', () => {
    expect(threadParts('1/2 First.\n\nSecond. (2/2)')).toEqual(['First.', 'Second.']);
  });

  it('cuts a sentence too long alone at a word, with an ellipsis', () => {
    const cut = trimToFit('x', 'word '.repeat(200));
    expect(cut.endsWith('…')).toBe(true);
    expect(checkLength('x', cut).fits).toBe(true);
  });

  it('returns a single part unnumbered', () => {
    expect(fitThread('mastodon', ['Only one.'])).toEqual(['Only one.']);
  });
});
