// Understand, the composer's first stage: what shape the topic has (a noun phrase, a how/why clause,
// a claim, a question, or a count of things), so each template phrases its slots for that shape
// instead of pasting the topic where only a noun phrase reads right. Uses the project's POS tagger.
import { analyze, type Token } from '../../../platform/nlp/index.js';
import { countAnnouncement } from '../quality/index.js';
import { decapitalize } from './text.js';

export type TopicShape = 'noun' | 'wh' | 'claim' | 'question' | 'count';

export interface TopicForm {
  shape: TopicShape;
  /** A noun phrase for the topic, ready to sit mid-sentence ("incident postmortems"). */
  np: string;
  /** The topic as a sentence start, without end punctuation ("An SLO that never … is a decoration"). */
  lead: string;
  /** For a count: the number announced ("3 mistakes in forecasts") and the counted noun. */
  count?: number;
  countNoun?: string;
}

const WH = /^(how|why|what|when|where|who|which)\b/i;
const QUESTION_START =
  /^(should|is|are|do|does|did|can|could|will|would|has|have|was|were|what|why|how|when|where|who|which)\b/i;
const POSSESSIVE = /^(my|our|your|their|his|her|its)$/i;
const SUBJECT_PRONOUN = /^(i|we|you|they|it|he|she|this|that|everyone|nobody|most|many)$/i;
const RELATIVE = /^(that|which|who|whose|whom)$/i;
/** Subject pronouns always start a noun group: "a practice I disagree with" has two. */
const PERSONAL = /^(i|we|you|they|he|she)$/i;

/** Tokens with hyphenated words rejoined ("on-call", "offer-to-accept"), each one noun. */
function joinHyphens(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of raw) {
    const last = out.at(-1);
    if (last?.text.endsWith('-'))
      out[out.length - 1] = { ...last, text: `${last.text}${t.text}`, pos: 'NOUN' };
    else if (t.text === '-' && last) out[out.length - 1] = { ...last, text: `${last.text}-`, pos: 'NOUN' };
    else out.push(t);
  }
  return out;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const OBJECT_START = new Set(['DET', 'PRON', 'ADV', 'ADJ', 'NUM', 'NOUN']);
const PARTICLE = /^(out|up|down|off|away|back|over)$/i;
/** Prepositions that continue a compound noun ("canary deploys with feature flags"). */
const COMPOUND_PREPOSITION = /^(with|for|of|vs\.?|versus)$/i;

/**
 * The tagger's noun/verb confusions, settled by position: a verb after a determiner, possessive or
 * preposition, or ending a compound ("reference calls", "the first sales hire"), is a noun; a
 * third-person form after a noun with an object or "more/less" after it ("p99 matters more",
 * "growth hides problems") is a verb.
 */
function retagged(t: Token, prev: Token | undefined, next: Token | undefined): Token {
  if (/^(vs\.?|versus)$/i.test(t.text)) return { ...t, pos: 'ADP' };
  return { ...t, pos: t.pos === 'VERB' ? verbOrNoun(t, prev, next) : nounOrVerb(t, prev, next) };
}

function verbOrNoun(t: Token, prev: Token | undefined, next: Token | undefined): string {
  const nounContext = prev && (prev.pos === 'DET' || prev.pos === 'ADP' || POSSESSIVE.test(prev.text));
  const compoundEnd = prev && NOUNISH.has(prev.pos) && (!next || COMPOUND_PREPOSITION.test(next.text));
  // "focus beats features": of two verbs in a row, the first is the subject.
  const subjectOfVerb = next?.pos === 'VERB' && /[^s]s$/i.test(next.text) && !/(s|ed)$/i.test(t.text);
  return nounContext || compoundEnd || subjectOfVerb ? 'NOUN' : 'VERB';
}

function nounOrVerb(t: Token, prev: Token | undefined, next: Token | undefined): string {
  if (t.pos !== 'NOUN' || !prev || !NOUNISH.has(prev.pos) || !next) return t.pos;
  const thirdPerson = /[^s]s$/i.test(t.text) && (OBJECT_START.has(next.pos) || PARTICLE.test(next.text));
  // "candidates judge your company": a noun is never followed by a determiner inside its phrase.
  const beforeDeterminer = /s$/i.test(prev.text) && (next.pos === 'DET' || POSSESSIVE.test(next.text));
  return thirdPerson || beforeDeterminer ? 'VERB' : t.pos;
}

/** The topic's words with hyphenated words rejoined and the tagger's noun/verb confusions settled. */
function wordsOf(text: string): Token[] {
  const raw = joinHyphens(analyze(text).tokens.filter((t) => t.kind !== 'punctuation' || t.text === '-'));
  const out: Token[] = [];
  raw.forEach((t, i) => {
    out.push(retagged(t, out.at(-1), raw[i + 1]));
  });
  return out;
}

/** A verb that heads a clause: not a gerund and not an infinitive. */
function isFiniteVerb(t: Token, prev: Token | undefined): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  // After an auxiliary the verb is part of its group ("to be done"); the auxiliary decided.
  return !/ing$/i.test(t.text) && prev?.text.toLowerCase() !== 'to' && prev?.pos !== 'AUX';
}

const GROUP_WORD = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON', 'DET']);

interface ClaimScan {
  relative: 'none' | 'verb' | 'object';
  groups: number;
  inGroup: boolean;
  afterPreposition: boolean;
}

/** Counts noun groups before the main verb; those inside a prepositional phrase or relative clause do not count. */
function scanNounWord(state: ClaimScan, t: Token): void {
  const starts =
    t.pos === 'DET' ||
    POSSESSIVE.test(t.text) ||
    PERSONAL.test(t.text) ||
    (GROUP_WORD.has(t.pos) && !state.inGroup);
  if (starts && state.relative === 'none' && !state.afterPreposition) state.groups++;
  if (starts) state.afterPreposition = false;
  state.inGroup = GROUP_WORD.has(t.pos);
  if (t.pos === 'ADP') state.afterPreposition = true;
}

/**
 * Whether the words form a sentence (a claim) rather than a noun phrase: a finite verb with a
 * subject before it, outside any relative clause. "The day our database fell over" has two noun
 * groups before its verb (a relative clause without "that"), so it stays a noun phrase.
 */
function isClaim(tokens: Token[]): boolean {
  const state: ClaimScan = { relative: 'none', groups: 0, inGroup: false, afterPreposition: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && RELATIVE.test(t.text)) {
      state.relative = 'verb';
      state.inGroup = false;
    } else if (!isFiniteVerb(t, tokens[i - 1])) scanNounWord(state, t);
    else if (state.relative === 'verb') {
      state.relative = 'object';
      state.inGroup = false;
    } else if (state.relative === 'object') return true;
    else return state.groups === 1 || (state.groups === 0 && SUBJECT_PRONOUN.test(tokens[i - 1]?.text ?? ''));
  }
  return false;
}

/**
 * A topic that counts things ("3 mistakes in forecasts", "on-call in 10 lessons"): the count, the
 * noun counted, and a noun phrase for the topic without the count, so no other template promises it.
 */
function countedTopic(text: string): Pick<TopicForm, 'count' | 'countNoun' | 'np'> | undefined {
  const found = countAnnouncement(text);
  if (!found || found.count > 10) return undefined;
  const before = text
    .slice(0, found.index)
    .replace(/\s+(?:in|with|across|over)\s*$/i, '')
    .trim();
  const after = text.slice(found.index + found.length).trim();
  const about = /^(?:in|about|of|for|with|on|to)\s+(.+)$/i.exec(after)?.[1];
  const np = before.length > 0 ? before : (about ?? (after || found.noun));
  return { count: found.count, countNoun: found.noun, np: decapitalize(np) };
}

/** The longest noun group of the words, for shapes that need a noun phrase ("SLO", "Series A"). */
function focusNoun(tokens: Token[]): string | undefined {
  const groups: string[][] = [];
  let run: string[] = [];
  for (const t of tokens) {
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') run.push(t.text);
    else if (run.length > 0) {
      groups.push(run);
      run = [];
    }
  }
  if (run.length > 0) groups.push(run);
  const best = groups.filter((g) => g.length <= 4).sort((a, b) => b.length - a.length)[0];
  return best ? decapitalize(best.join(' ')) : undefined;
}

const capitalizeFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function understandTopic(topic: string): TopicForm {
  const text = topic
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘]+|["'”’]+$/g, '');
  const bare = text.replace(/[.!]+$/, '');
  const tokens = wordsOf(bare);
  const lead = capitalizeFirst(bare.replace(/\?+$/, ''));
  const np = decapitalize(bare.replace(/\?+$/, ''));
  if (bare.endsWith('?') || (QUESTION_START.test(bare) && !WH.test(bare)))
    return { shape: 'question', np: focusNoun(tokens) ?? np, lead };
  const counted = countedTopic(bare);
  if (counted) return { shape: 'count', lead, ...counted, np: counted.np };
  if (WH.test(bare)) return { shape: 'wh', np: focusNoun(tokens) ?? np, lead };
  if (isClaim(tokens)) return { shape: 'claim', np: focusNoun(tokens) ?? np, lead };
  return { shape: 'noun', np, lead };
}
