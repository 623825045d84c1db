// A text as units for rewriting: sentences, each knowing its paragraph and line, so a rewrite can
// drop, split or move sentences and put the text back together with its line breaks kept.
import { sentences } from './text.js';

export interface Unit {
  /** Paragraph (blank-line separated) the sentence is in. */
  p: number;
  /** Line within the paragraph. */
  l: number;
  text: string;
}

export function unitsOf(text: string): Unit[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .flatMap((para, p) =>
      para.split('\n').flatMap((line, l) => sentences(line).map((s) => ({ p, l, text: s }))),
    );
}

/** Sentences of one line joined by spaces, lines by newlines, paragraphs by a blank line. */
export function rebuild(units: readonly Unit[]): string {
  const paragraphs: string[][][] = [];
  let lastP = -1;
  let lastL = -1;
  for (const u of units) {
    if (u.p !== lastP) paragraphs.push([[u.text]]);
    else if (u.l !== lastL) paragraphs.at(-1)?.push([u.text]);
    else paragraphs.at(-1)?.at(-1)?.push(u.text);
    lastP = u.p;
    lastL = u.l;
  }
  return paragraphs.map((lines) => lines.map((line) => line.join(' ')).join('\n')).join('\n\n');
}

/** Capitalises the first letter of the text and of every sentence after an end mark. */
export function capitaliseSentences(text: string): string {
  return text
    .replace(/^(\s*)([a-z])/, (_m, a: string, b: string) => a + b.toUpperCase())
    .replace(/([.!?]\s+)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Words of a sentence (letters and digits), for length targets. */
export const wordCount = (sentence: string) =>
  sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Hashtags in a text, in order. */
export const hashtagsOf = (text: string) => text.match(/#[\p{L}][\p{L}\p{N}_]*/gu) ?? [];
