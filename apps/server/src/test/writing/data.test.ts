// The writing benchmark's own data holds to its brief: valid complete answers, facts derived by the
// product's authorFactsOf, 5–8 human samples of 60–250 words, at least 500 distinct topics of every
// shape and persona, a subset covering every shape, and template hints that reach their templates.
import { brandAnswersSchema } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { voiceStyleSchema } from '../../adapters/ai/index.js';
import { factUse } from './facts.js';
import { checkHints } from './generate.js';
import { wordCount } from './grammar.js';
import { PERSONAS } from './personas.js';
import { SUBSET, TOPIC_SHAPES, TOPICS } from './topics.js';

describe('writing benchmark data', () => {
  it('has six or more personas with valid answers, a valid voice and 5–8 samples of 60–250 words', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(6);
    for (const p of PERSONAS) {
      expect(brandAnswersSchema.parse(p.answers)).toEqual(p.answers);
      expect(voiceStyleSchema.parse(p.voice)).toEqual(p.voice);
      expect(
        p.facts.achievements.some((a) => /\d/.test(a)),
        p.id,
      ).toBe(true);
      expect(p.samples.length, p.id).toBeGreaterThanOrEqual(5);
      expect(p.samples.length, p.id).toBeLessThanOrEqual(8);
      for (const s of p.samples) expect(wordCount(s), s.slice(0, 40)).toBeGreaterThanOrEqual(60);
      for (const s of p.samples) expect(wordCount(s), s.slice(0, 40)).toBeLessThanOrEqual(250);
    }
  });

  it('has 500+ distinct topics, every shape for every persona, long ones of 15–25 words', () => {
    expect(new Set(TOPICS.map((t) => t.text.toLowerCase())).size).toBe(TOPICS.length);
    expect(TOPICS.length).toBeGreaterThanOrEqual(500);
    for (const p of PERSONAS)
      for (const shape of TOPIC_SHAPES)
        expect(
          TOPICS.some((t) => t.persona === p.id && t.shape === shape),
          `${p.id} ${shape}`,
        ).toBe(true);
    for (const t of TOPICS.filter((t) => t.shape === 'long')) {
      expect(wordCount(t.text), t.text).toBeGreaterThanOrEqual(15);
      expect(wordCount(t.text), t.text).toBeLessThanOrEqual(25);
    }
    for (const t of TOPICS.filter((t) => t.shape === 'short')) expect(t.text).toMatch(/^\p{L}{3,}$/u);
  });

  it('has a subset covering every shape, and hints that map back to every template', () => {
    expect(new Set(SUBSET.map((t) => t.shape))).toEqual(new Set(TOPIC_SHAPES));
    expect(() => checkHints()).not.toThrow();
  });

  it('counts own-fact use by the documented criteria, never from the topic alone', () => {
    const p = PERSONAS[0];
    if (!p) throw new Error('no persona');
    const m = { topic: 'alert fatigue', facts: p.facts, audience: p.answers.audience, samples: p.samples };
    expect(factUse('We took pages from 40 a week to 6 this year.', m)).toBe('number');
    expect(factUse('Our postmortems changed nothing for a year.', m)).toBe('paraphrase');
    expect(factUse('Timeline first, story second, every single time.', m)).toBe('phrase');
    expect(factUse('Alert fatigue is real and it matters to every team.', m)).toBeUndefined();
    expect(factUse('Here is 40 words on it.', { ...m, topic: 'the 40 pages we cut' })).toBeUndefined();
  });
});
