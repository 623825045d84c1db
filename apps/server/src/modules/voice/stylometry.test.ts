// Stylometric counts, their incremental arithmetic, the shipped reference statistics and the
// score curve, on texts small enough to check by hand.
import { describe, expect, it } from 'vitest';
import { voiceMatchOf } from './calibration.js';
import { chunkText } from './chunking.js';
import { markdownToText } from './markdown-text.js';
import { charNgrams } from './ngrams.js';
import { referenceStats } from './reference.js';
import { matchScore } from './scoring.js';
import { combineCounts, styleCounts, sumCounts } from './style-counts.js';
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
  it('cover every feature, 30+ writers, weights summing to 1 and curves that rise with similarity', () => {
    expect(Object.keys(referenceStats.features).sort()).toEqual(STYLE_FEATURES.map((f) => f.key).sort());
    expect(referenceStats.authors.length).toBeGreaterThanOrEqual(30);
    const { char, syntax, functionWords, style } = referenceStats.weights;
    expect(char + syntax + functionWords + style).toBeCloseTo(1, 6);
    expect(referenceStats.vocabulary.char.grams).toHaveLength(5000);
    for (const point of referenceStats.calibration.points) expect(point.slope).toBeGreaterThan(0);
  });

  it('score the same text high and an unlike text lower', () => {
    const profile = styleCounts(
      'I think we should ship small. I really do. You learn more from one release than from ten meetings, and I have seen it every time.',
    );
    const same = matchScore(profile, profile);
    expect(same.similarity).toBeCloseTo(1, 9);
    const unlike = styleCounts(
      'The aforesaid committee, having deliberated at considerable length upon the matter, resolved that the proposal be referred to a subcommittee of the whole.',
    );
    const far = matchScore(unlike, profile);
    expect(far.similarity).toBeLessThan(0.5);
    const words = 30;
    expect(voiceMatchOf(same.score, words, referenceStats.calibration)).toBeGreaterThan(
      voiceMatchOf(far.score, words, referenceStats.calibration),
    );
  });

  it('interpolates the curve between fitted lengths', () => {
    const calibration = {
      points: [
        { words: 100, intercept: -4, slope: 8 },
        { words: 400, intercept: -8, slope: 16 },
      ],
    };
    expect(voiceMatchOf(0.5, 100, calibration)).toBe(50);
    expect(voiceMatchOf(0.5, 400, calibration)).toBe(50);
    expect(voiceMatchOf(0.75, 200, calibration)).toBeGreaterThan(voiceMatchOf(0.75, 100, calibration));
    expect(voiceMatchOf(0.5, 50, calibration)).toBe(50);
  });
});

describe('n-gram counts', () => {
  it('counts character 3–5-grams with word boundaries, in lower case with digits folded', () => {
    const grams = charNgrams('The 2 cats');
    expect(grams.get(' th')).toBe(1);
    expect(grams.get('the ')).toBe(1);
    expect(grams.get(' 0 ')).toBe(1);
    expect(grams.get('cats ')).toBe(1);
    expect(grams.has('The')).toBe(false);
  });

  it('keeps only vocabulary n-grams but counts every one in the totals, so rates stay comparable', () => {
    const c = styleCounts('The cat sat on the mat, and the dog sat on the log.');
    const kept = Object.keys(c).filter((k) => k.startsWith('c:'));
    expect(kept.length).toBeGreaterThan(10);
    const vocabulary = new Set(referenceStats.vocabulary.char.grams);
    for (const key of kept) expect(vocabulary.has(key.slice(2))).toBe(true);
    const inVocabulary = kept.reduce((sum, k) => sum + (c[k] ?? 0), 0);
    expect(c.cTotal).toBeGreaterThan(inVocabulary);
    expect(c['s:<s> the']).toBe(1);
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
