// What each platform will receive when a piece is published, for the schedule dialog's preview:
// the server's own adaptation (adaptForPlatform from @brandwright/contracts), so the preview is what
// goes out, with each part measured as its platform counts it.
import { type AdaptablePiece, adaptForPlatform, type Platform } from '@brandwright/contracts';
import { limitFor, platformLength } from './platformLength';

export type PreviewPiece = AdaptablePiece;

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

/** `accountLimit`: the connected account's own per-post length where it differs (Mastodon instances). */
export function previewFor(piece: PreviewPiece, platform: Platform, accountLimit?: number): PlatformPreview {
  const limit = limitFor(platform, accountLimit);
  const { parts, problem, title, tags } = adaptForPlatform(piece, platform, limit ?? undefined);
  const measured = parts.map((text) => ({ text, length: platformLength(platform, text) }));
  return { platform, parts: measured, limit, problem, ...(platform === 'medium' ? { title, tags } : {}) };
}
