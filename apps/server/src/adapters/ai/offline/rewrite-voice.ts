// "More like me": the text moved toward the writer's measured style — sentence length, contractions,
// person (I/we), openers they use, exclamations, emoji, hashtags and line breaks — as several
// candidates (all moves, and all but one), of which the writer's own voice scorer keeps the closest.
import type { RewriteInput } from '../port.js';
import type { Rng } from './random.js';
import { capitaliseSentences, hashtagsOf, rebuild, type Unit, unitsOf, wordCount } from './rewrite-units.js';
import { DEFAULT_EMOJI } from './templates.js';
import { decapitalize, hashtagFrom, isStopword, sentences, words } from './text.js';
import { contract } from './voice.js';

type Move = (text: string, input: RewriteInput, rng: Rng) => string;

const EXPAND: [RegExp, string][] = [
  [/\b(can)'t\b/gi, '$1not'],
  [/\b(won)'t\b/gi, 'will not'],
  [/\b([A-Za-z]+)n't\b/g, '$1 not'],
  [/\b(I)'m\b/g, '$1 am'],
  [/\b(\w+)'re\b/gi, '$1 are'],
  [/\b(\w+)'ve\b/gi, '$1 have'],
  [/\b(\w+)'ll\b/gi, '$1 will'],
  [/\b(it|that|here|what|there)'s\b/gi, '$1 is'],
];

export const expandContractions = (text: string) =>
  EXPAND.reduce((t, [pattern, to]) => t.replace(pattern, to), text);

const contractions: Move = (text, { voice }, rng) => {
  if (voice.contractionRate >= 0.5) return contract(text, Math.max(0.8, voice.contractionRate), rng);
  return voice.contractionRate < 0.3 ? expandContractions(text) : text;
};

const exclamations: Move = (text, { voice }) =>
  voice.exclamationRate < 0.02 ? text.replace(/!/g, '.') : text;

const EMOJI = /\p{Extended_Pictographic}\uFE0F?/gu;
const emoji: Move = (text, { voice }, rng) => {
  if (voice.emojiRate < 0.05) return text.replace(new RegExp(`\\s?${EMOJI.source}`, 'gu'), '');
  if (voice.emojiRate < 0.2 || EMOJI.test(text)) return text;
  const [first, ...rest] = text.split('\n');
  return [`${first} ${rng.pick(DEFAULT_EMOJI)}`, ...rest].join('\n');
};

/** Tags to add: the text's most frequent content words as tags it does not carry yet. */
function newTags(text: string, count: number): string[] {
  const have = new Set(hashtagsOf(text).map((t) => t.toLowerCase()));
  const counts = new Map<string, number>();
  for (const w of words(text)) if (w.length >= 4 && !isStopword(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([w]) => hashtagFrom(w))
    .filter((t): t is string => t !== undefined && !have.has(t.toLowerCase()))
    .slice(0, count);
}

const hashtags: Move = (text, { voice }) => {
  const target = Math.round(voice.hashtagsPerPost);
  const tags = hashtagsOf(text);
  if (tags.length > target) {
    let out = text;
    for (const tag of tags.slice(target).reverse()) {
      const at = out.lastIndexOf(tag);
      out = `${out.slice(0, at).replace(/[ \t]+$/, '')}${out.slice(at + tag.length)}`;
    }
    return out.replace(/\n\s*$/g, '').trim();
  }
  const added = newTags(text, target - tags.length);
  return added.length > 0 ? `${text.trim()}\n\n${added.join(' ')}` : text;
};

const SPLIT = /,\s+(?=(?:and|but|so)\s)|;\s+/;
/** Splits long sentences at a clause joint, joins short neighbours, toward the writer's average. */
const sentenceLength: Move = (text, { voice }) => {
  const target = voice.avgSentenceWords;
  const units = unitsOf(text).flatMap((u): Unit[] => {
    if (wordCount(u.text) <= target * 1.4 || !SPLIT.test(u.text)) return [u];
    const [head, ...tail] = u.text.split(SPLIT);
    const second = tail.join(', ');
    return [
      { ...u, text: `${(head ?? '').replace(/[,;]$/, '')}.` },
      { ...u, text: capitaliseSentences(second) },
    ];
  });
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    const short = (s: string) => wordCount(s) < target * 0.6;
    if (
      prev &&
      prev.p === u.p &&
      prev.l === u.l &&
      short(prev.text) &&
      short(u.text) &&
      /\.$/.test(prev.text)
    )
      prev.text = `${prev.text.slice(0, -1)}, and ${decapitalize(u.text)}`;
    else out.push({ ...u });
  }
  return rebuild(out);
};

const TAG_LINE = /^(#[\p{L}][\p{L}\p{N}_]*\s*)+$/u;
/** Line breaks as the writer makes them: a sentence per line, short paragraphs, or dense prose. */
const layout: Move = (text, { voice }) => {
  const paragraphs = text.trim().split(/\n\s*\n/);
  const prose = (p: string) => !p.includes('\n') && !TAG_LINE.test(p.trim());
  const out = paragraphs.flatMap((p) => {
    if (!prose(p)) return [p];
    const ss = sentences(p);
    if (voice.lineBreaks === 'line_per_sentence') return [ss.join('\n')];
    if (voice.lineBreaks === 'short_paragraphs' && ss.length > 2) {
      const pairs: string[] = [];
      for (let i = 0; i < ss.length; i += 2) pairs.push(ss.slice(i, i + 2).join(' '));
      return pairs;
    }
    return [p];
  });
  if (voice.lineBreaks !== 'dense') return out.join('\n\n');
  const merged: string[] = [];
  for (const p of out) {
    const last = merged.at(-1);
    if (last !== undefined && prose(last) && prose(p) && merged.length > 1)
      merged[merged.length - 1] = `${last} ${p}`;
    else merged.push(p);
  }
  return merged.join('\n\n');
};

const TO_WE: [RegExp, string][] = [
  [/\bI am\b/g, 'we are'],
  [/\bI'm\b/g, "we're"],
  [/\bI was\b/g, 'we were'],
  [/\bI've\b/g, "we've"],
  [/\bI\b/g, 'we'],
  [/\bmy\b/g, 'our'],
  [/\bMy\b/g, 'Our'],
  [/\bme\b/g, 'us'],
  [/\bmyself\b/g, 'ourselves'],
];
const TO_I: [RegExp, string][] = [
  [/\b[Ww]e are\b/g, 'I am'],
  [/\b[Ww]e're\b/g, "I'm"],
  [/\b[Ww]e were\b/g, 'I was'],
  [/\b[Ww]e've\b/g, "I've"],
  [/\b[Ww]e\b/g, 'I'],
  [/\bour\b/g, 'my'],
  [/\bOur\b/g, 'My'],
  [/\bus\b/g, 'me'],
  [/\bourselves\b/g, 'myself'],
];
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
/** First person as the writer uses it: "I" for an "I" writer, "we" for a "we" writer. */
const person: Move = (text, { voice }) => {
  const i = count(text, /\b(I|I'm|I've|me|my)\b/g);
  const we = count(text, /\b(we|we're|we've|us|our)\b/gi);
  const rules = voice.person === 'we' && i > we ? TO_WE : voice.person === 'I' && we > i ? TO_I : undefined;
  if (!rules) return text;
  return capitaliseSentences(rules.reduce((t, [pattern, to]) => t.replace(pattern, to), text));
};

const MARKERS = ['So', 'Honestly', 'Look', 'Frankly', 'Now', 'And', 'But'] as const;
/** A sentence opener the writer leans on ("So,", "Honestly,"), found in their samples. */
function usualOpener(samples: readonly string[]): string | undefined {
  const starts = samples.flatMap((s) => sentences(s)).map((s) => s.split(/[\s,]+/)[0] ?? '');
  if (starts.length < 5) return undefined;
  const best = MARKERS.map((m) => ({ m, n: starts.filter((w) => w === m).length })).sort(
    (a, b) => b.n - a.n,
  )[0];
  return best && best.n >= 2 && best.n / starts.length >= 0.1 ? best.m : undefined;
}

const opener: Move = (text, { samples = [] }) => {
  const marker = usualOpener(samples);
  if (!marker || new RegExp(`(^|[.!?]\\s+|\\n)${marker}\\b`).test(text)) return text;
  const units = unitsOf(text);
  const second = units[1];
  if (!second || second.text.startsWith('#')) return text;
  const joint = marker === 'And' || marker === 'But' ? ' ' : ', ';
  second.text = `${marker}${joint}${decapitalize(second.text)}`;
  return rebuild(units);
};

const MOVES: Move[] = [person, contractions, sentenceLength, opener, exclamations, emoji, hashtags, layout];

const apply = (moves: Move[], input: RewriteInput, rng: Rng) =>
  moves.reduce((text, move) => move(text, input, rng), input.text.trim()).trim();

/**
 * Every move, and every move but one (a move can cost more than it gains, e.g. layout for a writer
 * whose profile weighs words over line breaks); the voice scorer keeps the best candidate, and a
 * tie goes to the candidate with more moves. Without a scorer all the moves are applied.
 */
export async function moreLikeMe(input: RewriteInput, rng: Rng): Promise<string> {
  const candidates = [
    apply(MOVES, input, rng),
    ...MOVES.map((skip) =>
      apply(
        MOVES.filter((m) => m !== skip),
        input,
        rng,
      ),
    ),
  ];
  const distinct = [...new Set(candidates)].filter((c) => c !== input.text.trim() && c.length > 0);
  const check = input.voiceCheck;
  if (!check || distinct.length <= 1) return distinct[0] ?? input.text;
  let best = { text: distinct[0] as string, score: Number.NEGATIVE_INFINITY };
  for (const text of distinct) {
    const score = await check.score(text);
    if (score > best.score) best = { text, score };
  }
  return best.text;
}
