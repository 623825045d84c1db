// Key phrases: noun phrases found by part of speech (optional adjectives followed by nouns),
// ranked by frequency and length. Stop-word-only and one-letter phrases are left out.
import { analyze, type Sentence, type Token } from './analysis.js';

export interface KeyPhrase {
  phrase: string;
  count: number;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);

function phrasesIn(tokens: Token[]): string[] {
  const found: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    // A phrase must end on a noun: trailing adjectives belong to the next clause.
    while (run.length > 0 && !NOUNISH.has(run.at(-1)?.pos ?? '')) run.pop();
    const words = run.map((t) => t.text.toLowerCase()).filter((w) => w.length > 1);
    if (words.length > 0 && words.length <= 4) found.push(words.join(' '));
    run = [];
  };
  for (const token of tokens) {
    if (token.kind === 'word' && MODIFIER.has(token.pos)) run.push(token);
    else flush();
  }
  flush();
  return found;
}

/** The `limit` most salient noun phrases of `text`. */
export function keyPhrases(text: string, limit = 10): KeyPhrase[] {
  return keyPhrasesOf(analyze(text).sentences, limit);
}

/** The same from sentences already analysed: a caller that has them saves a second wink pass. */
export function keyPhrasesOf(sentences: Sentence[], limit = 10): KeyPhrase[] {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const phrase of phrasesIn(sentence.tokens)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  const score = (p: string, n: number) => n * (1 + 0.5 * (p.split(' ').length - 1));
  return [...counts.entries()]
    .sort((a, b) => score(b[0], b[1]) - score(a[0], a[1]) || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([phrase, count]) => ({ phrase, count }));
}
