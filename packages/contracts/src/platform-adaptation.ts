// What each platform receives when a piece is published, shared by the server (scheduling and the
// publishing engine) and the browser (the schedule dialog's preview), so the preview is what goes
// out: one post (LinkedIn), a numbered thread when the text is too long for one post (X, Bluesky,
// Mastodon), the user's own parts for a thread they wrote part by part, or an article with a title
// and tags (Medium). Content no adaptation can make fit comes with a sentence saying why.
import type { Platform } from './brand.js';
import type { ContentType } from './content.js';
import {
  MAX_THREAD_PARTS,
  PLATFORM_LIMITS,
  PLATFORM_NAMES,
  platformLength,
  splitIntoThread,
  threadParts,
} from './platform-text.js';

export interface AdaptablePiece {
  type: ContentType;
  title: string | null;
  /** Plain text for posts and threads; the Markdown rendition for articles. */
  bodyMarkdown: string;
  metadata: { hashtags: readonly string[] };
}

export interface Adapted {
  /** The posts in order (more than one is a thread), also when they cannot be sent as they are. */
  parts: string[];
  /** Why the platform would refuse this, in words; null when it can go out. */
  problem: string | null;
  /** Medium only. */
  title?: string;
  format?: 'markdown';
  tags?: string[];
}

const MEDIUM_TAGS = 3;
const MEDIUM_TAG_LENGTH = 25;
const THREADING: ReadonlySet<Platform> = new Set(['x', 'bluesky', 'mastodon']);

/** `limit`: the connected account's own per-post length where it differs (a Mastodon instance). */
export function adaptForPlatform(piece: AdaptablePiece, platform: Platform, limit?: number): Adapted {
  if (piece.type === 'video_script')
    return {
      parts: [],
      problem: 'A video script is not a post: publish the video, then share a post about it',
    };
  const text = piece.bodyMarkdown.trim();
  if (!text) return { parts: [], problem: 'There is nothing to publish: the body is empty' };
  if (platform === 'medium') return adaptForMedium(piece, text);
  const max = limit ?? PLATFORM_LIMITS[platform].limit;
  if (!THREADING.has(platform)) {
    const length = platformLength(platform, text);
    const problem =
      length <= max
        ? null
        : `${PLATFORM_NAMES[platform]} allows ${max} characters per post; this has ${length}`;
    return { parts: [text], problem };
  }
  const written = piece.type === 'thread' ? threadParts(text) : [];
  if (written.length >= 2) return adaptWrittenThread(platform, written, max);
  const parts = splitIntoThread(platform, text, max);
  return parts.length > MAX_THREAD_PARTS ? tooManyParts(platform, parts) : { parts, problem: null };
}

function tooManyParts(platform: Platform, parts: string[]): Adapted {
  const problem = `Too long for a ${PLATFORM_NAMES[platform]} thread: ${parts.length} parts (at most ${MAX_THREAD_PARTS})`;
  return { parts, problem };
}

/**
 * The editor has the user write a thread as parts separated by blank lines and counts each part
 * on its own: those parts are what goes out, unnumbered, as written. A part that is too long is
 * refused rather than re-split, so the thread never differs from what the user saw.
 */
function adaptWrittenThread(platform: Platform, written: string[], max: number): Adapted {
  if (written.length > MAX_THREAD_PARTS) return tooManyParts(platform, written);
  const lengths = written.map((part) => platformLength(platform, part));
  const index = lengths.findIndex((length) => length > max);
  const problem =
    index < 0
      ? null
      : `Part ${index + 1} is too long for ${PLATFORM_NAMES[platform]}: ${lengths[index]} characters (at most ${max})`;
  return { parts: written, problem };
}

function adaptForMedium(piece: AdaptablePiece, text: string): Adapted {
  const title = piece.title?.trim() ?? '';
  const tags = piece.metadata.hashtags
    .map((tag) => tag.replace(/^#/, ''))
    .filter((tag) => tag.length > 0 && tag.length <= MEDIUM_TAG_LENGTH)
    .slice(0, MEDIUM_TAGS);
  const problem = title ? null : 'Medium articles need a title';
  return { parts: [text], problem, title, format: 'markdown', tags };
}
