// Shapes composed lines to a VoiceStyle: sentence length, questions, exclamations, contractions,
// emoji, @-mentions, semicolons, colons and dashes (punctuation.ts). Rates become counts through seeded rounding, so averages match
// the voice; joints the writer never uses (a semicolon) are not introduced.
import type { VoiceStyle } from '../port.js';
import type { Line } from './compose.js';
import { followPunctuation } from './punctuation.js';
import type { Rng } from './random.js';
import type { SampleTraits } from './samples.js';
import { DEFAULT_EMOJI, RHETORICAL } from './templates.js';
import { decapitalize, listPhrase, words } from './text.js';

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(I) am\b/g, "$1'm"],
  [/\b([Ww]e|[Yy]ou|[Tt]hey) are\b/g, "$1're"],
  [/\b([Ii]t|[Tt]hat|[Hh]ere|[Ww]hat|[Tt]here) is\b/g, "$1's"],
  [/\b(I|[Ww]e|[Yy]ou|[Tt]hey) have\b(?= [a-z]+ed\b| been\b| learned\b)/g, "$1've"],
  [/\b(I|[Ww]e|[Yy]ou|[Tt]hey) would\b/g, "$1'd"],
  [/\b([Dd])o not\b/g, "$1on't"],
  [/\b([Dd])oes not\b/g, "$1oesn't"],
  [/\b([Dd])id not\b/g, "$1idn't"],
  [/\b([Ii])s not\b/g, "$1sn't"],
  [/\b([Aa])re not\b/g, "$1ren't"],
  [/\b([Ww])as not\b/g, "$1asn't"],
  [/\b([Cc])annot\b/g, "$1an't"],
  [/\b([Ww])ill not\b/g, "$1on't"],
  [/\b([Ww])ould not\b/g, "$1ouldn't"],
];

/** Contracts each contractible phrase with probability `rate` (seeded, so stable per input). */
export function contract(text: string, rate: number, rng: Rng): string {
  let out = text;
  for (const [pattern, replacement] of CONTRACTIONS) {
    out = out.replace(pattern, (...args: unknown[]) => {
      const match = String(args[0]);
      if (!rng.chance(rate)) return match;
      return match.replace(new RegExp(pattern.source), replacement);
    });
  }
  return out;
}

const wordCount = (line: Line) => words(line.text).length;

/** A statement that may take part in a merge: joining clauses that already hold ':' or ';' makes run-ons. */
const plain = (l: Line | undefined): l is Line =>
  l?.kind === 'body' && /\.$/.test(l.text) && !/[:;]/.test(l.text);

/** Merges `second` into `first` ("A. B." → "A; b."), or returns false when no joint fits. */
function merge(first: Line, second: Line, semicolons: boolean, rng: Rng): boolean {
  const joint = joinWith(second.text, semicolons, rng);
  if (joint === null) return false;
  first.text = `${first.text.slice(0, -1)}${joint}${decapitalize(second.text)}`;
  return true;
}

/** Merges short body sentences or splits long ones until the average nears the voice's length. */
export function fitSentenceLength(lines: Line[], target: number, rng: Rng, semicolons = true): Line[] {
  const out = lines.map((l) => ({ ...l }));
  const body = () => out.filter((l) => l.kind === 'body');
  const avg = () => body().reduce((s, l) => s + wordCount(l), 0) / Math.max(1, body().length);
  for (let guard = 0; guard < 12 && avg() > target * 1.3; guard++) {
    const longest = body()
      .filter((l) => SPLIT_AT.test(l.text))
      .sort((a, b) => wordCount(b) - wordCount(a))[0];
    if (!longest) break;
    out.splice(out.indexOf(longest), 1, ...splitSentence(longest.text));
  }
  for (let guard = 0; guard < 12 && body().length > 1 && avg() < target * 0.7; guard++) {
    const index = out.findIndex(
      (l, i) => plain(l) && plain(out[i + 1]) && joinWith(out[i + 1]?.text ?? '', semicolons, rng) !== null,
    );
    const [current, next] = [out[index], out[index + 1]];
    if (index < 0 || !current || !next || !merge(current, next, semicolons, rng)) break;
    out.splice(index + 1, 1);
  }
  return out;
}

const CLAUSE_START = /^(The|My|Our|Their|Your|I|We|You|It|This|That|Most|Many)\b/;

/**
 * A joint that keeps a merged sentence grammatical whatever the second one starts with; a semicolon
 * only for writers who use them (null: no joint fits, leave the sentences apart).
 */
function joinWith(second: string, semicolons: boolean, rng: Rng): string | null {
  if (/^(But|And|So|Yet|Or)\b/.test(second)) return ', ';
  if (CLAUSE_START.test(second)) return semicolons ? rng.pick([', and ', '; ']) : ', and ';
  return semicolons ? '; ' : null;
}

/**
 * For writers who join clauses with semicolons: pairs of short statements become one sentence with
 * a semicolon until the share of sentences holding one nears the writer's. Only seconds that open
 * a clause (a pronoun, an article) join, so the result reads as two related statements.
 */
function addSemicolons(lines: Line[], rate: number | null, rng: Rng): Line[] {
  const out = lines.map((l) => ({ ...l }));
  if (rate === null || rate <= 0) return out;
  const sentenceCount = out.filter((l) => l.kind === 'body').length;
  const have = out.filter((l) => l.text.includes(';')).length;
  const wanted = Math.min(3, rng.round(rate * sentenceCount) - have);
  for (let k = 0; k < wanted; k++) {
    const pairs = out
      .map((_, i) => i)
      .filter((i) => {
        const [first, second] = [out[i], out[i + 1]];
        return (
          plain(first) &&
          plain(second) &&
          CLAUSE_START.test(second.text) &&
          wordCount(first) + wordCount(second) <= 40
        );
      });
    if (pairs.length === 0) break;
    const i = rng.pick(pairs);
    const [first, second] = [out[i] as Line, out[i + 1] as Line];
    first.text = `${first.text.slice(0, -1)}; ${decapitalize(second.text)}`;
    out.splice(i + 1, 1);
  }
  return out;
}

const SPLIT_AT = /, and |; |, but /;

/** "A, and b." -> "A." "B."; "A, but b." -> "A." "But b." (at the first joint only). */
function splitSentence(text: string): Line[] {
  const match = SPLIT_AT.exec(text);
  if (!match) return [{ text, kind: 'body' }];
  const first = text.slice(0, match.index);
  const rest = text.slice(match.index + match[0].length);
  const lead = match[0] === ', but ' ? 'But ' : '';
  const second = lead ? lead + rest : rest.charAt(0).toUpperCase() + rest.slice(1);
  return [
    { text: `${first}.`, kind: 'body' },
    { text: second, kind: 'body' },
  ];
}

/** Adds rhetorical questions between body lines until the question share matches the voice. */
function addQuestions(lines: Line[], rate: number, rng: Rng): Line[] {
  const out = [...lines];
  const total = out.filter((l) => l.kind !== 'heading' && l.kind !== 'title').length;
  const have = out.filter((l) => l.text.trim().endsWith('?')).length;
  const wanted = Math.min(2, rng.round(rate * total) - have);
  const questions = rng.shuffle(RHETORICAL);
  for (let k = 0; k < wanted; k++) {
    const slots = out
      .map((l, i) => (l.kind === 'body' && out[i + 1]?.kind === 'body' ? i + 1 : -1))
      .filter((i) => i > 0);
    if (slots.length === 0) break;
    out.splice(rng.pick(slots), 0, { text: questions[k] ?? 'Why?', kind: 'body' });
  }
  return out;
}

function addExclamations(lines: Line[], rate: number, rng: Rng): void {
  const candidates = lines.filter(
    (l) => l.kind !== 'heading' && l.kind !== 'title' && /[a-z]\.$/.test(l.text),
  );
  const wanted = rng.round(rate * lines.length);
  for (const line of [...candidates].sort((a, b) => wordCount(a) - wordCount(b)).slice(0, wanted))
    line.text = `${line.text.slice(0, -1)}!`;
}

function addEmoji(lines: Line[], rate: number, traits: SampleTraits, rng: Rng): void {
  const eligible = lines.filter((l) => l.kind !== 'heading' && l.kind !== 'title');
  const wanted = Math.min(6, rng.round(rate * eligible.length));
  // The user's own emoji first; a small palette is topped up so one emoji is not repeated on every line.
  const palette = traits.emoji.length >= 3 ? traits.emoji : [...traits.emoji, ...DEFAULT_EMOJI.slice(0, 4)];
  // The hook first: that is where people who use emoji put them most.
  const order = [eligible[0], ...rng.shuffle(eligible.slice(1))].filter((l): l is Line => Boolean(l));
  for (const line of order.slice(0, wanted)) line.text = `${line.text} ${rng.pick(palette)}`;
}

function mentionLine(rate: number, traits: SampleTraits, rng: Rng): Line | undefined {
  const count = Math.min(traits.mentions.length, rng.round(rate));
  if (count === 0) return undefined;
  const verb = count === 1 ? 'thinks' : 'think';
  return { text: `Curious what ${listPhrase(traits.mentions.slice(0, count))} ${verb}.`, kind: 'body' };
}

export function shapeToVoice(lines: Line[], voice: VoiceStyle, traits: SampleTraits, rng: Rng): Line[] {
  const semicolons = traits.semicolonRate === null || traits.semicolonRate > 0;
  let out = fitSentenceLength(lines, voice.avgSentenceWords, rng, semicolons);
  out = addSemicolons(out, traits.semicolonRate, rng);
  out = followPunctuation(out, traits, rng);
  out = addQuestions(out, voice.questionRate, rng);
  const mention = mentionLine(voice.mentionRate, traits, rng);
  if (mention) out.splice(Math.max(0, out.length - 1), 0, mention);
  out = out.map((l) => ({ ...l, text: contract(l.text, voice.contractionRate, rng) }));
  addExclamations(out, voice.exclamationRate, rng);
  addEmoji(out, voice.emojiRate, traits, rng);
  return out;
}
