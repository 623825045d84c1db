// Words for the content enums, shared by the list, the editor and the generate panel.
import { type ContentStatus, type ContentType, PLATFORM_NAMES, type Platform } from '@brandwright/contracts';

/** The platforms' names, as the contracts give them. */
export { PLATFORM_NAMES as PLATFORM_LABELS } from '@brandwright/contracts';

export const TYPE_LABELS: Record<ContentType, string> = {
  post: 'Post',
  thread: 'Thread',
  article: 'Article',
  video_script: 'Video script',
};

export const STATUS_LABELS: Record<ContentStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  failed: 'Failed',
};

export const STATUS_CLASSES: Record<ContentStatus, string> = {
  draft: 'bg-slate-100 text-slate-800',
  approved: 'bg-emerald-50 text-emerald-800',
  scheduled: 'bg-indigo-50 text-indigo-800',
  published: 'bg-sky-50 text-sky-800',
  failed: 'bg-red-50 text-red-800',
};

export const PLATFORMS = Object.keys(PLATFORM_NAMES) as Platform[];
export const STATUSES = Object.keys(STATUS_LABELS) as ContentStatus[];
export const CONTENT_TYPES = Object.keys(TYPE_LABELS) as ContentType[];

/** A heading for a piece: its title, or the first line of its text. */
export function headlineOf(piece: { title: string | null; bodyMarkdown: string }): string {
  if (piece.title) return piece.title;
  const firstLine = piece.bodyMarkdown.split('\n').find((line) => line.trim()) ?? '';
  const plain = firstLine.replace(/^[#>*\-\s]+/, '').trim();
  return plain.length > 120 ? `${plain.slice(0, 117)}…` : plain || 'Untitled';
}
