// Turns a content piece into the plan an item stores for its platform. The rules (one post, a
// numbered thread, the user's own thread parts, a Medium article) are @brandwright/contracts'
// adaptForPlatform, the same the schedule dialog previews; this keeps what can be sent.
import {
  type AdaptablePiece,
  adaptForPlatform,
  MAX_THREAD_PARTS,
  PLATFORM_NAMES,
  type Platform,
} from '@brandwright/contracts';

export type PublishablePiece = AdaptablePiece & { type: 'post' | 'thread' | 'article' | 'video_script' };
export { MAX_THREAD_PARTS };

export interface PlatformPlan {
  platform: Platform;
  /** One entry per post; more than one is a thread, each part replying to the previous. */
  parts: { text: string }[];
  title?: string;
  format?: 'markdown';
  tags?: string[];
}

export type Adaptation = { ok: true; plan: PlatformPlan } | { ok: false; problem: string };

/** `limit`: the connected account's own per-post length where it differs (a Mastodon instance). */
export function adaptContent(piece: PublishablePiece, platform: Platform, limit?: number): Adaptation {
  const { parts, problem, ...article } = adaptForPlatform(piece, platform, limit);
  if (problem) return { ok: false, problem };
  return { ok: true, plan: { platform, parts: parts.map((text) => ({ text })), ...article } };
}

export function label(platform: Platform): string {
  return PLATFORM_NAMES[platform];
}
