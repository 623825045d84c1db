// Sentences, tokens, parts of speech and sentiment through wink-nlp and its English lite model.
// The model is large (several MB of tables), so it is loaded once, on first use, not at start-up.

import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'emoji' | 'hashtag' | 'mention' | 'url' | 'other';

export interface Token {
  text: string;
  kind: TokenKind;
  /** Universal POS tag (NOUN, VERB, PRON, …). */
  pos: string;
  /** Dictionary form in lower case ("spent" → "spend", "was" → "be"). */
  lemma: string;
}

export interface Sentence {
  text: string;
  tokens: Token[];
  /** wink's sentiment score of the sentence, -1 (negative) to 1 (positive). */
  sentiment: number;
}

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
  /** Sentiment of the whole text, -1 to 1. */
  sentiment: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;

function nlp(): Nlp {
  loaded ??= winkNLP(model);
  return loaded;
}

const KINDS = new Set<TokenKind>(['word', 'number', 'punctuation', 'emoji', 'hashtag', 'mention', 'url']);

function kindOf(type: string): TokenKind {
  return KINDS.has(type as TokenKind) ? (type as TokenKind) : 'other';
}

/** Splits `text` into sentences and tokens with their kinds, POS tags and sentiment. */
export function analyze(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const words: string[] = sentence.tokens().out(its.value);
    const types = sentence.tokens().out(its.type);
    const tags = sentence.tokens().out(its.pos);
    // wink's typings declare `its.lemma` with an addons parameter `out` does not accept; at run
    // time `out` passes the model's addons, so the cast only bridges the declaration.
    const lemmas = sentence.tokens().out(its.lemma as unknown as typeof its.value);
    const tokens = words.map(
      (word, i): Token => ({
        text: word,
        kind: kindOf(String(types[i])),
        pos: String(tags[i] ?? 'X'),
        lemma: String(lemmas[i] ?? word).toLowerCase(),
      }),
    );
    sentences.push({ text: sentence.out(), tokens, sentiment: Number(sentence.out(its.sentiment)) || 0 });
  });
  return {
    sentences,
    tokens: sentences.flatMap((s) => s.tokens),
    sentiment: Number(doc.out(its.sentiment)) || 0,
  };
}

/** Sentence strings of `text`. */
export function sentencesOf(text: string): string[] {
  return nlp().readDoc(text).sentences().out();
}
