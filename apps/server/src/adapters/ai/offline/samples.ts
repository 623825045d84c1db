// What the offline composer borrows from the user's own writing: short openers and sign-offs they
// use, their hashtags, emoji and @-mentions ranked by how often they appear, and punctuation habits
// (semicolons, colons and dashes per sentence).
import { markRate, type PunctuationRates } from './punctuation.js';
import { sentences, words } from './text.js';

export interface SampleTraits extends PunctuationRates {
  /** Short sentences that open the user's posts ("Quick story.", "Here's the thing:"). */
  openers: string[];
  /** Share of the samples that open with one of those openers: how often the writer does it. */
  openerRate: number;
  /** Short closing lines the user repeats ("Thoughts?"). */
  signOffs: string[];
  hashtags: string[];
  emoji: string[];
  mentions: string[];
  /**
   * Semicolons per sentence in the samples (0.25: one sentence in four holds one); null without
   * samples, when the composer keeps its own habits.
   */
  semicolonRate: number | null;
}

const EMOJI = /\p{Extended_Pictographic}/gu;

function counted(items: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function ranked(items: string[]): string[] {
  return counted(items).map(([k]) => k);
}

/** Lines the user repeats, or that are generic by shape: so one-off content never leaks into posts. */
function characteristic(items: string[], generic: (line: string) => boolean): string[] {
  return counted(items)
    .filter(([line, n]) => n >= 2 || generic(line))
    .map(([line]) => line);
}

/** A line is reusable when it is short, plain prose and says nothing specific (no numbers or tags). */
function reusable(line: string): boolean {
  const count = words(line).length;
  return count >= 1 && count <= 5 && !/[#@\d[\]{}<>]|https?:/.test(line) && /^[\p{Lu}]/u.test(line);
}

/** "Quick story:" / "Hot take:" lead-ins, else the first sentence. */
function opener(sample: string): string {
  const text = sample.replace(EMOJI, '').trim();
  const leadIn = /^([^:\n.!?]{3,40}):/.exec(text)?.[1];
  if (leadIn && words(leadIn).length <= 4) return `${leadIn.trim()}:`;
  return sentences(text)[0]?.trim() ?? '';
}

function lastSentence(sample: string): string {
  // Hashtags and "cc @name" trail many posts; the sign-off is the sentence before them.
  const body = sample
    .replace(EMOJI, '')
    .replace(/(?:\bcc\s+)?[#@][\p{L}\p{N}_]+/giu, '')
    .trim();
  const all = sentences(body);
  return all[all.length - 1]?.trim() ?? '';
}

export function sampleTraits(samples: string[]): SampleTraits {
  const clean = samples.filter((s) => s.trim().length > 0);
  const openers = characteristic(clean.map(opener).filter(reusable), (l) => l.endsWith(':')).slice(0, 5);
  const opening = clean.filter((s) => openers.includes(opener(s))).length;
  return {
    openers,
    openerRate: clean.length > 0 ? opening / clean.length : 0,
    signOffs: characteristic(
      clean.map(lastSentence).filter((s) => reusable(s) && /[?.!]$/.test(s)),
      (l) => l.endsWith('?') && words(l).length <= 3,
    ).slice(0, 5),
    hashtags: ranked(clean.flatMap((s) => s.match(/#[\p{L}][\p{L}\p{N}_]{1,29}/gu) ?? [])).slice(0, 10),
    emoji: ranked(clean.flatMap((s) => s.match(EMOJI) ?? [])).slice(0, 8),
    mentions: ranked(clean.flatMap((s) => s.match(/(?<![\w@])@[A-Za-z0-9_]{2,30}\b/g) ?? [])).slice(0, 5),
    semicolonRate: semicolonRate(clean),
    colonRate: markRate(clean, 'colon'),
    dashRate: markRate(clean, 'dash'),
  };
}

function semicolonRate(samples: string[]): number | null {
  const count = samples.reduce((n, s) => n + sentences(s).length, 0);
  if (count === 0) return null;
  return samples.reduce((n, s) => n + (s.match(/;/g)?.length ?? 0), 0) / count;
}
