// Plain-English rates: never a bare 0..1 share.
import { describe, expect, it } from 'vitest';
import { countOf, rateInWords } from './plain-numbers.js';

const ends = { one: 'ends', many: 'end' };

describe('rateInWords', () => {
  it('says a share as "1 in n", "n in 10", every or no', () => {
    expect(rateInWords(1 / 12, 'sentence', ends, 'with !')).toBe('1 in 12 sentences ends with !');
    expect(rateInWords(0.3, 'sentence', ends, 'with !')).toBe('1 in 3 sentences ends with !');
    expect(rateInWords(0.7, 'sentence', ends, 'with !')).toBe('7 in 10 sentences end with !');
    expect(rateInWords(1, 'sentence', ends, 'with !')).toBe('every sentence ends with !');
    expect(rateInWords(0, 'sentence', ends, 'with !')).toBe('no sentence ends with !');
  });

  it('counts whole samples', () => {
    expect(countOf(3, 3)).toBe('3 of 3 samples');
    expect(countOf(2.5, 4)).toBe('3 of 4 samples');
    expect(countOf(1, 1)).toBe('1 of 1 sample');
  });
});
