// The n-gram features of authorship attribution: character 3–5-grams with word boundaries (spelling,
// morphology and punctuation habits in one signal, robust on short texts) and "syntax" 2–3-grams,
// where function words are kept and every other word becomes its part-of-speech tag, so the
// sequences show how a writer builds sentences without depending on what they write about.
// Counts are restricted to a fixed vocabulary chosen on the background corpus, so they stay
// additive and a profile's size stays bounded whatever the writer sends.
import type { Sentence } from '../../platform/nlp/index.js';

export type NgramGroup = 'char' | 'syntax';

/** A group's vocabulary with the background mean and spread of each n-gram's relative frequency. */
export interface NgramVocabulary {
  grams: string[];
  mean: number[];
  sd: number[];
}

export type Vocabularies = Record<NgramGroup, NgramVocabulary>;

export const NGRAM_PREFIX: Record<NgramGroup, string> = { char: 'c:', syntax: 's:' };
/** Count key of all n-grams of a group, in the vocabulary or not: the denominator of the rates. */
export const NGRAM_TOTAL: Record<NgramGroup, string> = { char: 'cTotal', syntax: 'sTotal' };

const MIN_CHAR_SIZE = 3;
const MAX_CHAR_SIZE = 5;
const SYNTAX_SIZES = [2, 3];

function bump(out: Map<string, number>, key: string): void {
  out.set(key, (out.get(key) ?? 0) + 1);
}

/** Lower case, digits folded, links dropped and each run of spaces one space wide, padded at both ends. */
export function charText(text: string): string {
  const flat = text
    .replace(/https?:\/\/\S+/g, ' ')
    .toLowerCase()
    .replace(/\d/g, '0')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${flat} `;
}

/**
 * Every character 3-, 4- and 5-gram of the text; spaces mark word boundaries. Built from code
 * points, not UTF-16 units, so an emoji is never cut into halves that JSONB would refuse.
 */
export function charNgrams(text: string): Map<string, number> {
  const chars = Array.from(charText(text));
  const out = new Map<string, number>();
  for (let i = 0; i + MIN_CHAR_SIZE <= chars.length; i++) {
    let gram = '';
    for (let n = 0; n < MAX_CHAR_SIZE && i + n < chars.length; n++) {
      gram += chars[i + n];
      if (n + 1 >= MIN_CHAR_SIZE) bump(out, gram);
    }
  }
  return out;
}

/** Function words as themselves, punctuation as its mark, other words as their POS tag. */
function syntaxToken(token: Sentence['tokens'][number], functionWords: ReadonlySet<string>): string {
  const word = token.text.toLowerCase();
  if (token.kind === 'word' && functionWords.has(word)) return word;
  if (token.kind === 'punctuation') return token.text;
  if (token.kind === 'word') return token.pos;
  return token.kind.toUpperCase();
}

/** Bigrams and trigrams of the syntax tokens of each sentence, from a sentence-start mark. */
export function syntaxNgrams(sentences: Sentence[], functionWords: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const sentence of sentences) {
    const seq = ['<s>', ...sentence.tokens.map((t) => syntaxToken(t, functionWords))];
    for (const n of SYNTAX_SIZES)
      for (let i = 0; i + n <= seq.length; i++) bump(out, seq.slice(i, i + n).join(' '));
  }
  return out;
}

/** Adds the in-vocabulary n-grams to `counts` under the group's prefix, and the group's total. */
export function addNgrams(
  counts: Record<string, number>,
  grams: Map<string, number>,
  group: NgramGroup,
  vocabulary: ReadonlySet<string>,
): void {
  let total = 0;
  for (const [gram, n] of grams) {
    total += n;
    if (vocabulary.has(gram)) counts[NGRAM_PREFIX[group] + gram] = n;
  }
  counts[NGRAM_TOTAL[group]] = total;
}
