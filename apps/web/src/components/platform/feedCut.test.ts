// The feed fold rules the previews apply: LinkedIn's 3 rendered lines (2 when line 3 is blank) and
// Medium's subtitle from the first paragraph.
import { describe, expect, it } from 'vitest';
import { LINKEDIN_LINE_CHARS, linkedInCut, mediumSubtitle } from './feedCut';

describe('linkedInCut', () => {
  it('shows a short post whole', () => {
    expect(linkedInCut('Three lines.\nStill fine.\nDone.')).toEqual({
      visible: 'Three lines.\nStill fine.\nDone.',
      folded: false,
    });
  });

  it('folds after three written lines', () => {
    const cut = linkedInCut('One\nTwo\nThree\nFour');
    expect(cut).toEqual({ visible: 'One\nTwo\nThree', folded: true });
  });

  it('shows two lines when the third is blank', () => {
    expect(linkedInCut('Hook line\nSecond line\n\nBody after the gap')).toEqual({
      visible: 'Hook line\nSecond line',
      folded: true,
    });
  });

  it('keeps three lines when only the second is blank', () => {
    expect(linkedInCut('Hook\n\nThird\nFourth')).toEqual({ visible: 'Hook\n\nThird', folded: true });
  });

  it('cuts one long paragraph at about 210 characters, between words', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const cut = linkedInCut(words);
    expect(cut.folded).toBe(true);
    expect(cut.visible.length).toBeLessThanOrEqual(3 * LINKEDIN_LINE_CHARS);
    expect(cut.visible.length).toBeGreaterThan(3 * LINKEDIN_LINE_CHARS - 10);
    expect(words.startsWith(`${cut.visible} `)).toBe(true);
  });

  it('counts a wrapped first paragraph against the three lines', () => {
    const long = 'a '.repeat(LINKEDIN_LINE_CHARS).trim(); // wraps onto 2 rendered lines
    const cut = linkedInCut(`${long}\nsecond\nthird`);
    expect(cut).toEqual({ visible: `${long}\nsecond`, folded: true });
  });
});

describe('mediumSubtitle', () => {
  it('uses the first paragraph', () => {
    expect(mediumSubtitle('\n\nFirst para.\n\nSecond.')).toBe('First para.');
  });

  it('shortens a long first paragraph at a word', () => {
    const sub = mediumSubtitle('lorem ipsum '.repeat(30));
    expect(sub.endsWith('…')).toBe(true);
    expect(sub.length).toBeLessThanOrEqual(141);
  });
});
