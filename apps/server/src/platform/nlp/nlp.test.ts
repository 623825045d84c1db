// The NLP helpers on small texts whose answers are known by hand.
import { describe, expect, it } from 'vitest';
import {
  analyze,
  fleschReadingEase,
  isPastForm,
  keyPhrases,
  readability,
  sentencesOf,
  syllableCount,
} from './index.js';

describe('analyze', () => {
  it('splits sentences and tags tokens by kind and part of speech', () => {
    const result = analyze('We shipped the new release 🚀. Are you ready? #launch @ada');
    expect(result.sentences.map((s) => s.text)).toEqual([
      'We shipped the new release 🚀.',
      'Are you ready?',
      '#launch @ada',
    ]);
    const kinds = result.tokens.map((t) => t.kind);
    expect(kinds).toContain('emoji');
    expect(kinds).toContain('hashtag');
    expect(kinds).toContain('mention');
    expect(result.tokens.find((t) => t.text === 'shipped')?.pos).toBe('VERB');
    expect(result.tokens.find((t) => t.text === 'We')?.pos).toBe('PRON');
  });

  it('scores sentiment with the sign of the words', () => {
    expect(analyze('I love this wonderful, happy team.').sentiment).toBeGreaterThan(0.2);
    expect(analyze('This is a terrible, awful, sad failure.').sentiment).toBeLessThan(-0.2);
  });

  it('returns sentence strings', () => {
    expect(sentencesOf('One. Two! Three?')).toEqual(['One.', 'Two!', 'Three?']);
  });
});

describe('readability', () => {
  it('counts syllables with the syllable package', () => {
    expect(syllableCount('readability')).toBe(5);
    expect(syllableCount('the')).toBe(1);
  });

  it('rates short plain sentences as easier than long latinate ones', () => {
    const plain = readability(['the', 'cat', 'sat', 'on', 'the', 'mat'], 1);
    const dense = readability(
      ['institutional', 'considerations', 'necessitate', 'comprehensive', 'reorganisation'],
      1,
    );
    expect(plain.syllables).toBe(6);
    expect(plain.fleschReadingEase).toBeCloseTo(206.835 - 1.015 * 6 - 84.6 * 1, 6);
    expect(dense.fleschReadingEase).toBeLessThan(0);
    expect(dense.fleschKincaidGrade).toBeGreaterThan(plain.fleschKincaidGrade + 10);
    expect(fleschReadingEase(0, 0, 0)).toBe(0);
  });
});

describe('keyPhrases', () => {
  it('finds repeated noun phrases first', () => {
    const phrases = keyPhrases(
      'The product team is small. Customer feedback is gold. The product team reads customer feedback ' +
        'daily. A roadmap is a promise.',
      3,
    );
    expect(phrases.map((p) => p.phrase)).toEqual(['customer feedback', 'product team', 'gold']);
    expect(phrases[0]?.count).toBe(2);
    // Ties are broken alphabetically, so the ranking is stable.
    expect(phrases[2]?.count).toBe(1);
  });
});

describe('isPastForm', () => {
  it('reads past forms from the lemma, not present, gerund or same-form verbs', () => {
    const verbs = (text: string) =>
      analyze(text)
        .tokens.filter((t) => t.pos === 'VERB' || t.pos === 'AUX')
        .map((t) => [t.text, isPastForm(t)]);
    expect(verbs('We deleted alerts and I was paged, then we spent a week.')).toEqual([
      ['deleted', true],
      ['alerts', false], // wink tags this noun as a verb; its form is a present one
      ['was', true],
      ['paged', true],
      ['spent', true],
    ]);
    expect(verbs('She deletes alerts, is paging and we read logs.').every(([, past]) => !past)).toBe(true);
  });
});
