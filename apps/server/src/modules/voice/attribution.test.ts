// Regression floors for the voice scorer on a small fixed subset of the bench's mixed-genre corpus
// (writers disjoint from the background): who wrote it, how confident the score is, how the
// interval widens on short texts, and that the profile's counts add and subtract exactly.
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/voice-texts.js';
import { chunkText } from './chunking.js';
import { matchScore, scoreText } from './scoring.js';
import { combineCounts, type StyleCounts, styleCounts, sumCounts } from './style-counts.js';

const WRITERS = ['austen', 'carroll', 'john-f-kennedy', 'milton', 'shakespeare', 'whitman'];
/** Six ~180-word texts make a ~1,000-word profile; the next four are unseen. */
const corpus = WRITERS.map((name) => {
  const texts = chunkText(fixtureText(`bench/mixed/${name}.txt`), 180)
    .slice(0, 10)
    .map(styleCounts);
  return { name, profile: sumCounts(texts.slice(0, 6)), unseen: texts.slice(6) };
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('attribution on a fixed subset (6 writers, 4 unseen ~180-word texts each)', () => {
  const rows = corpus.flatMap((writer, w) =>
    writer.unseen.map((text) => ({ w, scores: corpus.map((c) => matchScore(text, c.profile).score) })),
  );

  it('picks the right writer for most texts (bench: ~80%; floor 70%)', () => {
    const hits = rows.filter(({ w, scores }) => scores.indexOf(Math.max(...scores)) === w).length;
    expect(hits / rows.length).toBeGreaterThanOrEqual(0.7);
  });

  it("scores the writer's unseen text high on average and others' much lower", () => {
    const own: number[] = [];
    const other: number[] = [];
    corpus.forEach((writer, w) => {
      for (const text of writer.unseen)
        corpus.forEach((c, j) => {
          (j === w ? own : other).push(scoreText(text, c.profile).voiceMatch);
        });
    });
    // Measured: own ~91, other ~29.
    expect(mean(own)).toBeGreaterThanOrEqual(75);
    expect(mean(other)).toBeLessThanOrEqual(35);
  });
});

describe('interval and reliability', () => {
  const [austen] = corpus;
  const text = fixtureText('holdout-austen-emma.txt');
  const words = text.split(/\s+/);
  const short = styleCounts(words.slice(0, 40).join(' '));
  const long = styleCounts(words.slice(0, 400).join(' '));

  it('marks a short text unreliable with a wider interval than a long one', () => {
    const profile = austen?.profile ?? {};
    const a = scoreText(short, profile);
    const b = scoreText(long, profile);
    expect(a.reliable).toBe(false);
    expect(b.reliable).toBe(true);
    expect(a.explanation[1]).toMatch(/too short to judge reliably/i);
    expect(a.interval[1] - a.interval[0]).toBeGreaterThan(b.interval[1] - b.interval[0]);
    for (const s of [a, b]) {
      expect(s.interval[0]).toBeLessThanOrEqual(s.voiceMatch);
      expect(s.interval[1]).toBeGreaterThanOrEqual(s.voiceMatch);
    }
  });

  it('gives the same text the same interval every time', () => {
    const profile = austen?.profile ?? {};
    expect(scoreText(short, profile).interval).toEqual(scoreText(short, profile).interval);
  });
});

describe('incremental profile', () => {
  it('adding then removing a sample equals counting the others afresh', () => {
    const texts = chunkText(fixtureText('bench/mixed/whitman.txt'), 120).slice(0, 4).map(styleCounts);
    const [extra, ...rest] = texts as [StyleCounts, ...StyleCounts[]];
    const recount = sumCounts(rest);
    const back = combineCounts(combineCounts(recount, extra, 1), extra, -1);
    const keys = new Set([...Object.keys(recount), ...Object.keys(back)].filter((k) => !k.startsWith('kp:')));
    expect(keys.size).toBeGreaterThan(1000);
    for (const key of keys) expect(back[key] ?? 0).toBeCloseTo(recount[key] ?? 0, 6);
    expect(matchScore(extra, back).score).toBeCloseTo(matchScore(extra, recount).score, 6);
  });
});
