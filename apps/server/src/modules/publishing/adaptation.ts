// Turns a content piece into what each platform receives: one post (LinkedIn), a numbered thread
// when the text is too long for one post (X, Bluesky, Mastodon), the user's own parts for a thread
// they wrote part by part, or an article with a title and tags (Medium). Content that no adaptation can make fit is refused with a sentence saying why.
import type { ContentMetadata, Platform } from '@brandwright/contracts';
import { PLATFORM_LIMITS, platformLength, splitIntoThread } from '../../platform/nlp/index.js';

export interface PublishablePiece {
  type: 'post' | 'thread' | 'article' | 'video_script';
  title: string | null;
  /** Plain text for posts and threads; the Markdown rendition for articles. */
  bodyMarkdown: string;
  metadata: Pick<ContentMetadata, 'hashtags'>;
}

export interface PlatformPlan {
  platform: Platform;
  /** One entry per post; more than one is a thread, each part replying to the previous. */
  parts: { text: string }[];
  title?: string;
  format?: 'markdown';
  tags?: string[];
}

export type Adaptation = { ok: true; plan: PlatformPlan } | { ok: false; problem: string };

/** Longer threads read as spam and hit per-user posting limits; shorten or publish as an article. */
export const MAX_THREAD_PARTS = 25;
const MEDIUM_TAGS = 3;
const MEDIUM_TAG_LENGTH = 25;

const THREADING: ReadonlySet<Platform> = new Set(['x', 'bluesky', 'mastodon']);

export function adaptContent(piece: PublishablePiece, platform: Platform, limit?: number): Adaptation {
  if (piece.type === 'video_script')
    return {
      ok: false,
      problem: 'A video script is not a post: publish the video, then share a post about it',
    };
  const text = piece.bodyMarkdown.trim();
  if (!text) return { ok: false, problem: 'There is nothing to publish: the body is empty' };
  if (platform === 'medium') return adaptForMedium(piece, text);
  const max = limit ?? PLATFORM_LIMITS[platform].limit;
  if (!THREADING.has(platform)) {
    const length = platformLength(platform, text);
    return length <= max
      ? { ok: true, plan: { platform, parts: [{ text }] } }
      : { ok: false, problem: `${label(platform)} allows ${max} characters per post; this has ${length}` };
  }
  if (piece.type === 'thread') {
    const written = adaptWrittenThread(platform, text, max);
    if (written) return written;
  }
  const parts = splitIntoThread(platform, text, max);
  if (parts.length > MAX_THREAD_PARTS)
    return {
      ok: false,
      problem: `Too long for a ${label(platform)} thread: ${parts.length} parts (at most ${MAX_THREAD_PARTS})`,
    };
  return { ok: true, plan: { platform, parts: parts.map((part) => ({ text: part })) } };
}

/**
 * The editor has the user write a thread as parts separated by blank lines and counts each part
 * on its own: those parts are what goes out, unnumbered, as written. A part that is too long is
 * refused rather than re-split, so the thread never differs from what the user saw. A single
 * paragraph is split like a long post.
 */
function adaptWrittenThread(platform: Platform, text: string, max: number): Adaptation | undefined {
  const written = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (written.length < 2) return undefined;
  if (written.length > MAX_THREAD_PARTS)
    return {
      ok: false,
      problem: `Too long for a ${label(platform)} thread: ${written.length} parts (at most ${MAX_THREAD_PARTS})`,
    };
  for (const [i, part] of written.entries()) {
    const length = platformLength(platform, part);
    if (length > max)
      return {
        ok: false,
        problem: `Part ${i + 1} is too long for ${label(platform)}: ${length} characters (at most ${max})`,
      };
  }
  return { ok: true, plan: { platform, parts: written.map((part) => ({ text: part })) } };
}

function adaptForMedium(piece: PublishablePiece, text: string): Adaptation {
  const title = piece.title?.trim();
  if (!title) return { ok: false, problem: 'Medium articles need a title' };
  const tags = piece.metadata.hashtags
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag.length > 0 && tag.length <= MEDIUM_TAG_LENGTH)
    .slice(0, MEDIUM_TAGS);
  return { ok: true, plan: { platform: 'medium', parts: [{ text }], title, format: 'markdown', tags } };
}

const LABELS: Record<Platform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  medium: 'Medium',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

export function label(platform: Platform): string {
  return LABELS[platform];
}
