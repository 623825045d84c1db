// Hard platform limits on generated text, enforced after generation whatever the model wrote:
// threads are re-split so every part fits, posts are trimmed at a sentence boundary, articles get a
// title. Posts that run long on X, Bluesky or Mastodon become a numbered thread, as the writer would
// post them; on LinkedIn whole paragraphs from the middle go before any sentence is cut.
import {
  type GeneratedType,
  PLATFORM_LIMITS,
  type Platform,
  platformLength,
  splitIntoThread,
} from '@brandwright/contracts';
import { checkLength } from '../../../platform/nlp/index.js';

export interface Fitted {
  body: string;
  parts?: string[];
  title?: string;
  /** What was changed to fit, in words the writer can read. */
  adjustments: string[];
}

/** Longest Medium title we return, in characters; longer ones are cut at a word. */
export const TITLE_MAX = 100;
const ELLIPSIS = '…';
const THREAD_PLATFORMS = new Set<Platform>(['x', 'bluesky', 'mastodon']);
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegments = new Intl.Segmenter('en', { granularity: 'word' });

/** The engine's own numbering ("1/5 …" or "… (1/5)") is dropped: parts are numbered once, by us. */
function unnumbered(part: string): string {
  return part
    .replace(/^\s*\d+\s*\/\s*\d+[.:)]?\s+/, '')
    .replace(/\s*\(\d+\s*\/\s*\d+\)\s*$/, '')
    .trim();
}

export function threadParts(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map(unnumbered)
    .filter((p) => p.length > 0);
}

/** Cuts `text` to whole sentences that fit; a first sentence too long alone is cut at a word. */
export function trimToFit(platform: Platform, text: string, limit = PLATFORM_LIMITS[platform].limit): string {
  const fits = (t: string) => platformLength(platform, t.trim()) <= limit;
  if (fits(text)) return text.trim();
  let kept = '';
  for (const { segment } of sentences.segment(text)) {
    if (!fits(kept + segment)) break;
    kept += segment;
  }
  if (kept.trim()) return kept.trim();
  let cut = '';
  for (const { segment } of wordSegments.segment(text)) {
    if (!fits(cut + segment + ELLIPSIS)) break;
    cut += segment;
  }
  return `${cut.trim()}${ELLIPSIS}`;
}

/** Numbers parts " (i/n)"; any part too long is split further, so every numbered part fits. */
export function fitThread(platform: Platform, parts: string[]): string[] {
  const limit = PLATFORM_LIMITS[platform].limit;
  let count = Math.max(parts.length, 1);
  for (;;) {
    const reserve = platformLength(platform, ` (${count}/${count})`);
    const pieces = parts.flatMap((part) =>
      platformLength(platform, part) + reserve <= limit
        ? [part]
        : splitIntoThread(platform, part, limit - reserve).map(unnumbered),
    );
    if (pieces.length <= count)
      return pieces.length === 1 ? pieces : pieces.map((p, i) => `${p} (${i + 1}/${pieces.length})`);
    count = pieces.length;
  }
}

function article(body: string, hook: string): Fitted {
  const lines = body.trim().split('\n');
  const heading = /^#\s+(.+)$/.exec(lines[0] ?? '');
  const rawTitle = heading?.[1] ?? hook;
  const rest = heading ? lines.slice(1).join('\n').trim() : body.trim();
  const adjustments = heading ? [] : ['title taken from the opening line'];
  let title = rawTitle.replace(/\s+/g, ' ').trim();
  if ([...title].length > TITLE_MAX) {
    title = trimWords(title, TITLE_MAX);
    adjustments.push(`title shortened to ${TITLE_MAX} characters`);
  }
  return { body: rest, title, adjustments };
}

function trimWords(text: string, max: number): string {
  let out = '';
  for (const { segment } of wordSegments.segment(text)) {
    if ([...(out + segment)].length + 1 > max) break;
    out += segment;
  }
  return `${out.trim()}${ELLIPSIS}`;
}

/** Makes a generated body keep the platform's limit for the requested type. */
export function enforceLimits(platform: Platform, type: GeneratedType, body: string, hook: string): Fitted {
  if (type === 'article') return article(body, hook);
  if (type === 'thread') {
    const parts = fitThread(platform, threadParts(body));
    return { body: parts.join('\n\n'), parts, adjustments: [] };
  }
  const text = body.trim();
  if (checkLength(platform, text).fits) return { body: text, adjustments: [] };
  const { length, limit, unit } = checkLength(platform, text);
  const over = `${length} ${unit}, over the limit of ${limit}`;
  if (THREAD_PLATFORMS.has(platform)) {
    // Where threads exist, a long post becomes one rather than losing its end.
    const parts = splitIntoThread(platform, text);
    return {
      body: parts.join('\n\n'),
      parts,
      adjustments: [`${over}: split into a thread of ${parts.length}`],
    };
  }
  const shortened = dropMiddleParagraphs(platform, text);
  if (shortened)
    return { body: shortened, adjustments: [`${over}: whole paragraphs from the middle left out`] };
  return { body: trimToFit(platform, text), adjustments: [`${over}: trimmed at a sentence boundary`] };
}

/**
 * Leaves out whole prose paragraphs from the middle (never the opening, the close or a list, whose
 * announced count must hold) until the text fits; undefined when that is not enough.
 */
function dropMiddleParagraphs(platform: Platform, text: string): string | undefined {
  const paragraphs = text.split(/\n\s*\n/);
  const isList = (p: string) => /^\s*(?:\d+[.)]|[-•→*])\s/m.test(p);
  while (paragraphs.length > 2) {
    const candidates = paragraphs.slice(1, -1).filter((p) => !isList(p) && !/^\s*#/.test(p));
    const victim = candidates[Math.floor(candidates.length / 2)];
    if (victim === undefined) return undefined;
    paragraphs.splice(paragraphs.indexOf(victim), 1);
    const joined = paragraphs.join('\n\n');
    if (checkLength(platform, joined).fits) return joined;
  }
  return undefined;
}
