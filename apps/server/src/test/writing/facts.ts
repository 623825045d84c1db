// Whether a draft uses at least one of the writer's own facts, defined so that it can be computed
// and argued with. A draft uses an own fact when its plain text (grammar.ts plainText) has any of:
//   number:     a number of two or more digits ("40", "180", "1.2", "38%") that occurs in one of the
//               writer's achievements or audience problems and not in the topic;
//   paraphrase: at least 60% of the content words of one achievement or audience problem (one of
//               three or more content words), in their order, within a window of 2n + 4 words,
//               where at least two of the matched words are not words of the topic;
//   phrase:     four consecutive words, two or more of them content words, taken from the writer's
//               samples, achievements, audience problems or audience answer, that the topic does
//               not contain.
// Role, industry and expertise do not count: a template can drop those into any draft ("As a
// Senior SRE…") without saying anything only this writer could say. Words are compared lower-cased.
import type { AuthorFacts } from '../../adapters/ai/index.js';
import { plainText } from './grammar.js';

export type FactUse = 'number' | 'paraphrase' | 'phrase';

export interface FactMaterial {
  topic: string;
  facts: AuthorFacts;
  audience: string;
  samples: string[];
}

const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for with from by as is are was were be been being it its this ' +
    'that these those i we you he she they me us my our your their his her them not no so if then than ' +
    'into out up down over under about after before all any each every some more most less very just ' +
    'can could will would should may might must do does did done have has had what when why how who ' +
    'which where there here also only even still too again off own same such both few other one'
  ).split(' '),
);

const NUMBER = /\$?\d+(?:[.,]\d+)*%?/g;

function tokens(text: string): string[] {
  return (
    plainText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  );
}

const isContent = (w: string) => w.length >= 3 && !STOPWORDS.has(w);

function numbers(text: string): Set<string> {
  return new Set(
    (text.match(NUMBER) ?? [])
      .map((n) => n.replace(/[$,%]/g, ''))
      .filter((n) => n.replace(/\D/g, '').length >= 2),
  );
}

function usesNumber(draft: string, m: FactMaterial): boolean {
  const own = numbers([...m.facts.achievements, ...m.facts.audienceProblems].join('\n'));
  const topic = numbers(m.topic);
  return [...numbers(plainText(draft))].some((n) => own.has(n) && !topic.has(n));
}

/** ≥ 60% of the fact's content words, in order, within 2n + 4 draft words, two off-topic. */
function paraphrases(draftWords: string[], fact: string, topicWords: Set<string>): boolean {
  const wanted = tokens(fact).filter(isContent);
  if (wanted.length < 3) return false;
  const need = Math.ceil(wanted.length * 0.6);
  const window = 2 * wanted.length + 4;
  for (let start = 0; start < draftWords.length; start++) {
    if (!wanted.includes(draftWords[start] ?? '')) continue;
    let next = 0;
    const matched: string[] = [];
    for (let i = start; i < Math.min(draftWords.length, start + window); i++) {
      const at = wanted.indexOf(draftWords[i] ?? '', next);
      if (at < 0) continue;
      matched.push(wanted[at] ?? '');
      next = at + 1;
    }
    if (matched.length >= need && matched.filter((w) => !topicWords.has(w)).length >= 2) return true;
  }
  return false;
}

function fourGrams(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) {
    const gram = words.slice(i, i + 4);
    if (gram.filter(isContent).length >= 2) out.push(gram.join(' '));
  }
  return out;
}

function sharesPhrase(draftWords: string[], m: FactMaterial): boolean {
  const topic = tokens(m.topic).join(' ');
  const sources = [...m.samples, ...m.facts.achievements, ...m.facts.audienceProblems, m.audience];
  const own = new Set(sources.flatMap((s) => fourGrams(tokens(s))).filter((g) => !topic.includes(g)));
  return fourGrams(draftWords).some((g) => own.has(g));
}

/** The first criterion the draft meets, or undefined when it uses none of the writer's facts. */
export function factUse(draft: string, m: FactMaterial): FactUse | undefined {
  if (usesNumber(draft, m)) return 'number';
  const words = tokens(draft);
  const topicWords = new Set(tokens(m.topic));
  const facts = [...m.facts.achievements, ...m.facts.audienceProblems];
  if (facts.some((f) => paraphrases(words, f, topicWords))) return 'paraphrase';
  if (sharesPhrase(words, m)) return 'phrase';
  return undefined;
}
