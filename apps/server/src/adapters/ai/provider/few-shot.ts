// Which of the user's samples the prompt shows as examples of their writing. Samples arrive nearest
// to the topic first; up to three are taken, preferring those whose length suits the target platform
// (a tweet shows little of how someone writes a LinkedIn post, and an essay little of a tweet).
import { type Platform, platformLength } from '@brandwright/contracts';
import type { PostFormat } from '../port.js';
import { sampleRange } from './platform-notes.js';

export const MAX_EXAMPLES = 3;
/** Longest example shown, in characters: enough to carry a voice, not enough to crowd the request. */
export const EXAMPLE_MAX_CHARS = 1500;
/** Shorter texts say too little about a voice to be worth the room. */
const MIN_SAMPLE_CHARS = 20;

export interface Example {
  text: string;
  /** True when only the opening of a longer sample is shown. */
  excerpt: boolean;
}

/** The opening of a long sample, cut at a paragraph or sentence end, never mid-sentence. */
function excerptOf(text: string): Example {
  if (text.length <= EXAMPLE_MAX_CHARS) return { text, excerpt: false };
  const head = text.slice(0, EXAMPLE_MAX_CHARS);
  const paragraph = head.lastIndexOf('\n\n');
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const end = paragraph > EXAMPLE_MAX_CHARS / 2 ? paragraph : sentence > 0 ? sentence + 1 : head.length;
  return { text: head.slice(0, end).trim(), excerpt: true };
}

/** Up to three samples: those of a fitting length first, each group in retrieval order. */
export function pickExamples(samples: string[], platform: Platform, format: PostFormat): Example[] {
  const { min, max } = sampleRange(platform, format);
  const seen = new Set<string>();
  const usable = samples
    .map((s) => s.trim())
    .filter((s) => s.length >= MIN_SAMPLE_CHARS && !seen.has(s) && seen.add(s));
  const fits = (s: string) => {
    const length = platformLength(platform, s);
    return length >= min && length <= max;
  };
  const ranked = [...usable.filter(fits), ...usable.filter((s) => !fits(s))];
  return ranked.slice(0, MAX_EXAMPLES).map(excerptOf);
}
