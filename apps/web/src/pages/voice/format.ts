// Small display helpers of the voice page: sample sources and previews (dates: lib/dates).
import type { VoiceSampleSource } from '@brandwright/contracts';

export const SOURCE_LABELS: Record<VoiceSampleSource, string> = {
  paste: 'Pasted',
  file: 'Uploaded file',
  linkedin: 'LinkedIn',
  x: 'X',
  feedback: 'From your edits',
};

/** The first `max` characters of a sample, cut at a word boundary. */
export function preview(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).trimEnd()}…`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
