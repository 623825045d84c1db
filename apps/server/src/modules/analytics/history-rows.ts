// One imported or backfilled post, as the readers (CSV, X archive, platform listings) hand it to the
// writer, and the field rules they share: platform names, ISO 8601 times with an offset, counts,
// the post id a URL carries, and the text hash of the "same platform + time + text" duplicate rule.
import { type Platform, platformSchema } from '@brandwright/contracts';
import { DateTime } from 'luxon';
import type { MetricCounts } from './analytics.schema.js';

export interface HistoryPost {
  platform: Platform;
  text: string;
  publishedAt: Date;
  /** The platform's id of the post when the source tells it (X archive, a URL, a listing). */
  platformPostId: string | null;
  url: string | null;
  counts: MetricCounts;
  followersAtPost?: number;
}

/** What a reader yields per row: a post, or why the row was refused (`line` as a spreadsheet shows it). */
export type HistoryRow = { line: number; post: HistoryPost } | { line: number; reason: string };

/** Longest text kept from one row; longer is refused rather than silently cut. */
export const MAX_TEXT_CHARS = 100_000;

/** NFC, CRLF as LF, trimmed: the form the text hash is taken of, so a re-export hashes the same. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export { textHashOf } from './text-hash.js';

const ALIASES: Record<string, Platform> = { twitter: 'x', 'x.com': 'x', 'twitter.com': 'x', bsky: 'bluesky' };

export function platformOf(value: string): Platform | undefined {
  const name = value.trim().toLowerCase();
  const parsed = platformSchema.safeParse(name);
  return parsed.success ? parsed.data : ALIASES[name];
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** A time in ISO 8601 with its offset (Z or ±hh:mm); a string without an offset is ambiguous and refused. */
export function isoInstant(value: string): Date | string {
  const trimmed = value.trim();
  if (trimmed === '') return 'publishedAt is empty';
  if (!ISO_WITH_OFFSET.test(trimmed))
    return `publishedAt "${trimmed.slice(0, 40)}" is not an ISO 8601 time with an offset, such as 2026-03-01T09:30:00+01:00`;
  const parsed = DateTime.fromISO(trimmed.replace(' ', 'T'), { setZone: true });
  if (!parsed.isValid) return `publishedAt "${trimmed.slice(0, 40)}" is not a real date or time`;
  return parsed.toJSDate();
}

/** A count cell: empty is "not reported"; otherwise a whole number ≥ 0 (thin spaces and _ allowed as separators). */
export function countOf(column: string, value: string | undefined): number | undefined | string {
  const trimmed = (value ?? '').trim().replace(/[\s_\u202f]/g, '');
  if (trimmed === '') return undefined;
  if (/^-\d+(\.\d+)?$/.test(trimmed)) return `${column} is negative (${trimmed})`;
  if (/^\d+\.\d+$/.test(trimmed)) return `${column} is not a whole number (${trimmed})`;
  if (!/^\d+$/.test(trimmed)) return `${column} is not a number ("${trimmed.slice(0, 20)}")`;
  const count = Number(trimmed);
  return Number.isSafeInteger(count) ? count : `${column} is too large (${trimmed.slice(0, 20)}…)`;
}

/** The platform's post id where the URL carries one in the form Brandwright stores it. */
export function postIdOfUrl(platform: Platform, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const path = parsed.pathname;
  if (platform === 'x') return /\/status(?:es)?\/(\d{1,20})(?:\/|$)/.exec(path)?.[1] ?? null;
  if (platform === 'mastodon') return /\/(?:@[^/]+|statuses|notice)\/(\d{1,20})\/?$/.exec(path)?.[1] ?? null;
  if (platform === 'linkedin')
    return /(urn:li:(?:share|ugcPost|activity):\d+)/.exec(decodeURIComponent(path))?.[1] ?? null;
  if (platform === 'medium') return /-([0-9a-f]{10,12})\/?$/.exec(path)?.[1] ?? null;
  // bsky.app links name the handle, Brandwright stores the at:// URI with the DID: only text and time match.
  return null;
}
