// Small text helpers shared by the offline composer: shortening at clause boundaries (only when a
// text is too long), casing, sentence splitting and the word lists that keep generated English tidy.
import { articleFor } from '../quality/index.js';

const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from has have how i in into is it its my of on or our so that the ' +
    'their them they this to was we what when who why will with you your me us do does not than then ' +
    'more most very just about can get make need want'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Lower-case word tokens (letters, digits, apostrophes and inner hyphens). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Places a phrase may be cut when it must be shortened, strongest first: punctuation that ends a
 * clause, then a conjunction, then a word that starts a modifier ("teams | that grew…"). A cut lands
 * before the boundary, so the kept part is a whole clause or noun phrase.
 */
const CUT_LEVELS: RegExp[] = [
  /[.!?;:](?=\s)|[,(]|\s[–—-]\s/g,
  /\s(?:and|or|but|plus|while|because|so|then)\s/gi,
  /\s(?:that|which|who|whose|where|when|for|with|without|at|in|on|by|from|into|across|to|of|about|via)\s/gi,
];
const DANGLING = /\s+(and|or|but|with|of|for|to|the|a|an|in|on|at|by|their|our|your)$/i;

/** Drops end punctuation and, because a cut can leave one, joiner words at the end. */
function tidyCut(text: string): string {
  let out = text.replace(/[\s,;:.!?\-–—(]+$/u, '');
  for (;;) {
    const trimmed = out.replace(DANGLING, '').replace(/[\s,;:]+$/u, '');
    if (trimmed === out) return out;
    out = trimmed;
  }
}

function cutAtBoundary(flat: string, max: number): string {
  // A cut that keeps less than this would lose the phrase's meaning: try a weaker boundary instead.
  const floor = Math.min(max, Math.max(8, Math.floor(max * 0.3)));
  for (const level of CUT_LEVELS) {
    let best = -1;
    for (const m of flat.matchAll(level)) if (m.index >= floor && m.index <= max) best = m.index;
    if (best > 0) return tidyCut(flat.slice(0, best));
  }
  // No clause boundary fits: the last resort is a word boundary (or a hard cut for one long word).
  const head = flat.slice(0, max + 1);
  const space = head.lastIndexOf(' ');
  return tidyCut(space > max / 2 ? head.slice(0, space) : flat.slice(0, max)) || flat.slice(0, max);
}

/**
 * `text` with its whitespace collapsed, unchanged when it fits in `max` characters. Only a text
 * longer than `max` is shortened, at the strongest clause boundary that fits (see CUT_LEVELS).
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : cutAtBoundary(flat, max);
}

/** The first candidate that fits in `max` characters; the last one clipped when none does. */
export function fit(candidates: string[], max: number): string {
  const found = candidates.find((c) => c.length <= max);
  return found ?? clip(candidates[candidates.length - 1] ?? '', max);
}

/** Longer sentences read as run-on (grammar checkers flag them from about 40 words). */
const SENTENCE_WORDS = 35;

/** The first candidate that fits in `max` characters with no sentence over 35 words; else as fit. */
export function fitReadable(candidates: string[], max: number): string {
  const readable = (text: string) =>
    text.length <= max &&
    (text.match(/[^.!?]+[.!?]*/g) ?? []).every((s) => words(s).length <= SENTENCE_WORDS);
  return candidates.find(readable) ?? fit(candidates, max);
}

/** Clips to `max` and ends the result as a sentence (schemas count the full stop). */
export function clipSentence(text: string, max: number): string {
  return terminate(clip(text, max - 1).replace(/[\s,;:\-–—(]+$/u, ''));
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like an acronym or a name ("SaaS", "AI"). */
export function decapitalize(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(first) || /\d/.test(first) || /^I('|’|$)/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A phrase ready to sit inside a sentence: trimmed, no surrounding quotes or end punctuation, no
 * leading capital. The user's words are kept whole; only a phrase longer than `max` is shortened.
 */
export function asPhrase(text: string, max = Number.POSITIVE_INFINITY): string {
  const bare = text
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return decapitalize(clip(bare.replace(/[\s,;:.!?]+$/u, ''), max));
}

/** Short words title case leaves lower-case mid-title: articles, conjunctions, short prepositions. */
const TITLE_MINOR = new Set(
  'a an the and but or nor for so yet as at by in of on to up via vs per'.split(' '),
);

/** Title case: "Should You Raise a Series A in a Downturn" (acronyms and capitals kept as written). */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) => (i > 0 && TITLE_MINOR.has(w) ? w : capitalize(w)))
    .join(' ');
}

/** Splits prose into sentences, keeping their end punctuation. */
export function sentences(text: string): string[] {
  return (text.replace(/\s+/g, ' ').match(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Ensures a sentence ends with . ! or ? (adds a full stop when it does not). */
export function terminate(sentence: string): string {
  const trimmed = sentence.trim();
  return /[.!?]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Joins items as English: "a", "a and b", "a, b and c". */
export function listPhrase(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Verbs that start a problem statement ("struggle to hire"), which then reads as "who struggle...". */
const VERB_STARTS =
  /^(struggle|struggles|can't|cannot|don't|do not|need|needs|want|wants|lack|lacks|have|has|are|is|spend|spends|waste|wastes|find|finds|feel|feels|get|gets|keep|keeps|miss|misses|lose|loses|fail|fails|worry|worries)\b/i;

export function startsWithVerb(phrase: string): boolean {
  return VERB_STARTS.test(phrase.trim());
}

/** A CamelCase hashtag from a phrase ("remote onboarding" -> "#RemoteOnboarding", "SLO" stays), or undefined. */
export function hashtagFrom(phrase: string): string | undefined {
  const parts = (phrase.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((w) => !isStopword(w))
    .slice(0, 3);
  const tag = parts
    .map((w) => capitalize(/^[A-Z0-9]+s?$/.test(w) ? w : w.toLowerCase()).replace(/['’-]/g, ''))
    .join('');
  return tag.length >= 3 && tag.length <= 30 && /^\p{L}/u.test(tag) ? `#${tag}` : undefined;
}

/** "a" or "an" before a word, by its sound ("an SRE", "a user", "an hour"). */
export function article(word: string): string {
  return articleFor(word.trim().split(/\s/)[0] ?? word);
}

/**
 * A noun phrase with its indefinite article ("a senior SRE", "an engineer"); an article the user
 * wrote is kept rather than doubled. Empty when the phrase is nothing but an article.
 */
export function withArticle(phrase: string): string {
  const bare = phrase.replace(/^(?:a|an|the)(?:\s+|$)/i, '').trim();
  if (bare === '') return '';
  if (bare !== phrase.trim()) return phrase.trim();
  return `${article(bare)} ${bare}`;
}

/** "1 year", "11 years". */
export function years(n: number): string {
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}

/** Keeps the first item per key (case-insensitive), in order. */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
