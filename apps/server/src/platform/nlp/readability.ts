// Readability formulas (Flesch reading ease, Flesch–Kincaid grade). Syllables come from the
// `syllable` package, which handles English exceptions a vowel-group count gets wrong.
import { syllable } from 'syllable';

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** 0–100, higher is easier; 60–70 is plain English. */
  fleschReadingEase: number;
  /** US school grade needed to follow the text. */
  fleschKincaidGrade: number;
}

export function syllableCount(word: string): number {
  return Math.max(1, syllable(word));
}

/** Flesch reading ease from raw counts; shared so aggregated profiles use the same formula. */
export function fleschReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Readability of `words` spread over `sentences` sentences. */
export function readability(words: string[], sentences: number): Readability {
  const syllables = words.reduce((sum, word) => sum + syllableCount(word), 0);
  return {
    words: words.length,
    sentences,
    syllables,
    fleschReadingEase: fleschReadingEase(words.length, sentences, syllables),
    fleschKincaidGrade: fleschKincaidGrade(words.length, sentences, syllables),
  };
}
