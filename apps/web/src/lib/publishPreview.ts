// What each platform will receive when a piece is published, computed in the browser for the
// schedule dialog's preview. Mirrors the server's adaptation (modules/publishing/adaptation.ts and
// platform/nlp splitIntoThread) so the preview is what goes out: a thread the user wrote part by
// part keeps its parts; long text on X, Bluesky and Mastodon becomes a numbered thread split at
// sentences; LinkedIn is one post of at most 3000 characters; Medium is an article with a title.
import type { ContentType, Platform } from '@brandwright/contracts';
import { platformLength, threadParts } from './platformLength';

export interface PreviewPiece {
  type: ContentType;
  title: string | null;
  bodyMarkdown: string;
  metadata: { hashtags: readonly string[] };
}

export interface PreviewPart {
  text: string;
  length: number;
}

export interface PlatformPreview {
  platform: Platform;
  /** Posts in order; more than one is a thread. Empty when nothing can be sent. */
  parts: PreviewPart[];
  /** Per-post limit in the platform's unit; null for Medium. */
  limit: number | null;
  /** Why this platform would refuse the piece as it is, in words; null when it fits. */
  problem: string | null;
  /** Medium only. */
  title?: string;
  tags?: string[];
}

export const MAX_THREAD_PARTS = 25;
const LIMITS: Record<Platform, number | null> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  linkedin: 3000,
  medium: null,
};
const LABELS: Record<Platform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  medium: 'Medium',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
const THREADING: ReadonlySet<Platform> = new Set(['x', 'bluesky', 'mastodon']);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Pieces no part may split: sentences, or words and then graphemes of a sentence too long alone. */
function atoms(text: string, fits: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    if (fits(segment)) out.push(segment);
    else
      for (const { segment: word } of wordSegmenter.segment(segment)) {
        if (fits(word)) out.push(word);
        else for (const { segment: g } of graphemeSegmenter.segment(word)) out.push(g);
      }
  }
  return out;
}

function pack(pieces: string[], fits: (part: string) => boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current + piece;
    if (current && !fits(candidate.trim())) {
      parts.push(current.trim());
      current = piece;
    } else current = candidate;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** The fewest parts that each fit, numbered " (i/n)" when there is more than one. */
export function splitIntoThread(platform: Platform, text: string, limit: number): string[] {
  const trimmed = text.trim();
  if (platformLength(platform, trimmed) <= limit) return [trimmed];
  let count = 2;
  // The suffix length depends on the part count, which depends on the suffix: iterate to a fixed point.
  for (;;) {
    const suffix = ` (${count}/${count})`;
    const budget = (part: string) => platformLength(platform, part + suffix) <= limit;
    const parts = pack(atoms(trimmed, budget), budget);
    if (parts.length <= count) return parts.map((p, i) => `${p} (${i + 1}/${parts.length})`);
    count = parts.length;
  }
}

function measured(platform: Platform, texts: string[]): PreviewPart[] {
  return texts.map((text) => ({ text, length: platformLength(platform, text) }));
}

function threadPreview(platform: Platform, piece: PreviewPiece, text: string, limit: number) {
  const written = piece.type === 'thread' ? threadParts(text) : [];
  const base = { platform, limit };
  if (written.length >= 2) {
    const parts = measured(platform, written);
    const tooLong = parts.findIndex((part) => part.length > limit);
    const problem =
      written.length > MAX_THREAD_PARTS
        ? `Too long for a ${LABELS[platform]} thread: ${written.length} parts (at most ${MAX_THREAD_PARTS})`
        : tooLong >= 0
          ? `Part ${tooLong + 1} is too long for ${LABELS[platform]}: ${parts[tooLong]?.length} characters (at most ${limit})`
          : null;
    return { ...base, parts, problem };
  }
  const parts = measured(platform, splitIntoThread(platform, text, limit));
  const problem =
    parts.length > MAX_THREAD_PARTS
      ? `Too long for a ${LABELS[platform]} thread: ${parts.length} parts (at most ${MAX_THREAD_PARTS})`
      : null;
  return { ...base, parts, problem };
}

function mediumPreview(piece: PreviewPiece, text: string): PlatformPreview {
  const title = piece.title?.trim() ?? '';
  const tags = piece.metadata.hashtags
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag.length > 0 && tag.length <= 25)
    .slice(0, 3);
  return {
    platform: 'medium',
    parts: measured('medium', [text]),
    limit: null,
    problem: title ? null : 'Medium articles need a title: add one in the editor',
    title,
    tags,
  };
}

/** `accountLimit`: the connected account's own per-post length where it differs (Mastodon instances). */
export function previewFor(piece: PreviewPiece, platform: Platform, accountLimit?: number): PlatformPreview {
  const limit = platform === 'medium' ? null : (accountLimit ?? LIMITS[platform]);
  if (piece.type === 'video_script')
    return {
      platform,
      parts: [],
      limit,
      problem: 'A video script is not a post: publish the video, then share a post about it',
    };
  const text = piece.bodyMarkdown.trim();
  if (!text) return { platform, parts: [], limit, problem: 'There is nothing to publish: the body is empty' };
  if (platform === 'medium' || limit === null) return mediumPreview(piece, text);
  if (THREADING.has(platform)) return threadPreview(platform, piece, text, limit);
  const parts = measured(platform, [text]);
  const length = parts[0]?.length ?? 0;
  return {
    platform,
    parts,
    limit,
    problem:
      length > limit
        ? `${LABELS[platform]} allows ${limit} characters per post; this has ${length}. Shorten it in the editor`
        : null,
  };
}
