// Atomising a longer piece offline: the source's key sentences (those carrying most of its key
// phrases, kept in the source's order) become the body of a post or thread, between a hook and a
// call to action of the chosen template. Voice shaping and platform layout happen afterwards, as for
// any composed post. Deterministic: no randomness here, only the ranking.
import type { Platform } from '@brandwright/contracts';
import { keyPhrases, sentencesOf } from '../../../platform/nlp/index.js';
import type { PostFormat } from '../port.js';
import { type ComposeContext, fill, hookLine, type Line, type Plan } from './compose.js';
import { terminate, titleCase, words } from './text.js';

/** Roughly how much of the source fits: characters of key sentences per platform and format. */
function budgetOf(platform: Platform, format: PostFormat): number {
  if (format === 'article') return 4000;
  if (format === 'thread') return platform === 'mastodon' ? 1800 : 1100;
  return { x: 170, bluesky: 190, mastodon: 380, linkedin: 900, medium: 4000 }[platform];
}

/** The source's sentences that make a post on their own: complete, neither tiny nor rambling. */
function candidates(source: string): string[] {
  return sentencesOf(source)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => {
      const n = words(s).length;
      return n >= 5 && n <= 45 && /[.!?]["')\]]?$/.test(s);
    });
}

export interface SourceDigest {
  /** The most salient phrases of the source, best first. */
  phrases: string[];
  /** Key sentences in the order the source has them. */
  sentences: string[];
}

/** The key sentences of `source` that fit `budget` characters, ranked by the key phrases they carry. */
export function digestSource(source: string, platform: Platform, format: PostFormat): SourceDigest {
  const ranked = keyPhrases(source, 12);
  const weight = new Map(ranked.map((p, i) => [p.phrase, ranked.length - i]));
  const pool = candidates(source);
  const score = (s: string) => {
    const lower = s.toLowerCase();
    let total = 0;
    for (const [phrase, w] of weight) if (lower.includes(phrase)) total += w;
    return total / Math.sqrt(words(s).length);
  };
  const order = pool
    .map((s, index) => ({ s, index, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: typeof order = [];
  let used = 0;
  const budget = budgetOf(platform, format);
  for (const entry of order) {
    if (chosen.length > 0 && used + entry.s.length > budget) continue;
    chosen.push(entry);
    used += entry.s.length;
  }
  chosen.sort((a, b) => a.index - b.index);
  return { phrases: ranked.map((p) => p.phrase), sentences: chosen.map((e) => e.s) };
}

/**
 * Hook, the key sentences, call to action: list templates number the sentences as items, others keep
 * them as prose. An article also gets a title.
 */
export function composeFromSource(plan: Plan, c: ComposeContext, digest: SourceDigest): Line[] {
  const listed = plan.count > 0;
  const body: Line[] = digest.sentences.map((text) => ({
    text: terminate(text),
    kind: listed ? 'item' : 'body',
  }));
  // A hook promising "five steps" must count the sentences actually listed.
  const lines = [
    hookLine(plan, c, body.length),
    ...body,
    { text: fill(plan.cta, c.slots), kind: 'cta' as const },
  ];
  if (c.format !== 'article') return lines;
  return [{ text: titleCase(fill('{np}: the short version', c.slots)), kind: 'title' }, ...lines];
}
