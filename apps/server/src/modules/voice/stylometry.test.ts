// Stylometric counts, their incremental arithmetic, the shipped reference statistics and the
// score curve, on texts small enough to check by hand.
import { describe, expect, it } from 'vitest';
import { chunkText } from './chunking.js';
import { markdownToText } from './markdown-text.js';
import { referenceStats } from './reference.js';
import { combineCounts, styleCounts, sumCounts } from './style-counts.js';
import { styleDistance, voiceMatchOf } from './style-distance.js';
import { STYLE_FEATURES } from './style-features.js';

describe('styleCounts', () => {
  it('counts sentences, person, questions, emoji, hashtags and layout', () => {
    const c = styleCounts(
      "We shipped it! Did you see? I can't wait 🚀\n\n- one thing\n- another thing #launch @ada",
    );
    expect(c).toMatchObject({ texts: 1, questions: 1, exclamations: 1, emoji: 1, hashtags: 1, mentions: 1 });
    expect(c).toMatchObject({
      'fw:we': 1,
      'fw:you': 1,
      'fw:i': 1,
      contractions: 1,
      listLines: 2,
      paragraphs: 2,
    });
    expect(c.lines).toBe(3);
    expect(c.sentences).toBeGreaterThanOrEqual(3);
  });

  it('adds and removes samples exactly', () => {
    const a = styleCounts('The team met on Monday. We agreed on the plan and the dates.');
    const b = styleCounts('Why do we keep meeting? Nobody reads the notes, and nobody asks.');
    const both = combineCounts(a, b, 1);
    expect(both['fw:the']).toBe((a['fw:the'] ?? 0) + (b['fw:the'] ?? 0));
    const back = combineCounts(both, b, -1);
    for (const key of Object.keys(a).filter((k) => !k.startsWith('kp:')))
      expect(back[key] ?? 0).toBeCloseTo(a[key] ?? 0, 9);
    expect(sumCounts([a, b]).texts).toBe(2);
  });
});

describe('reference statistics', () => {
  it('cover every feature and a calibration curve that falls with distance', () => {
    expect(Object.keys(referenceStats.features).sort()).toEqual(STYLE_FEATURES.map((f) => f.key).sort());
    expect(referenceStats.authors.length).toBeGreaterThanOrEqual(5);
    for (const point of referenceStats.calibration.points) expect(point.slope).toBeLessThan(0);
  });

  it('score the same text 100-ish and an unlike text lower', () => {
    const profile = styleCounts(
      'I think we should ship small. I really do. You learn more from one release than from ten meetings, and I have seen it every time.',
    );
    const same = styleDistance(profile, profile, referenceStats);
    expect(same.delta).toBeCloseTo(0, 9);
    const unlike = styleCounts(
      'The aforesaid committee, having deliberated at considerable length upon the matter, resolved that the proposal be referred to a subcommittee of the whole.',
    );
    const far = styleDistance(unlike, profile, referenceStats);
    expect(far.delta).toBeGreaterThan(0.3);
    const words = 30;
    expect(voiceMatchOf(same.delta, words, referenceStats.calibration)).toBeGreaterThan(
      voiceMatchOf(far.delta, words, referenceStats.calibration),
    );
  });

  it('interpolates the curve between fitted lengths', () => {
    const calibration = {
      points: [
        { words: 100, intercept: 4, slope: -8 },
        { words: 400, intercept: 8, slope: -16 },
      ],
    };
    expect(voiceMatchOf(0.5, 100, calibration)).toBe(50);
    expect(voiceMatchOf(0.5, 400, calibration)).toBe(50);
    expect(voiceMatchOf(0.25, 200, calibration)).toBeGreaterThan(voiceMatchOf(0.25, 100, calibration));
    expect(voiceMatchOf(0.5, 50, calibration)).toBe(50);
  });
});

describe('chunkText and markdownToText', () => {
  it('cuts at sentence boundaries and drops a short tail', () => {
    const sentence = 'This sentence has exactly eight words in it. ';
    const chunks = chunkText(sentence.repeat(10), 20);
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.split(/\s+/).length).toBe(24);
  });

  it('keeps prose and drops code, front matter and markup', () => {
    const md =
      '---\ntitle: x\n---\n# Title\n\nSome **bold** and `code` [link](http://a.b).\n\n```\nskip()\n```\n\n> quoted';
    expect(markdownToText(md)).toBe('Title\n\nSome bold and code link.\n\nquoted');
  });
});
