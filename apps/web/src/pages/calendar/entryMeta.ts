// How calendar entries are labelled and coloured: formats, statuses, platforms and pillar chips.
import type { CalendarFormat, CalendarStatus, Platform } from '@brandwright/contracts';

export const FORMAT_LABELS: Record<CalendarFormat, string> = {
  post: 'Post',
  thread: 'Thread',
  article: 'Article',
  video_script: 'Video script',
};

export const STATUS_LABELS: Record<CalendarStatus, string> = {
  planned: 'Planned',
  drafted: 'Drafted',
  scheduled: 'Scheduled',
  published: 'Published',
  skipped: 'Skipped',
};

export const STATUS_CLASSES: Record<CalendarStatus, string> = {
  planned: 'bg-slate-100 text-slate-700',
  drafted: 'bg-amber-100 text-amber-900',
  scheduled: 'bg-sky-100 text-sky-900',
  published: 'bg-emerald-100 text-emerald-900',
  skipped: 'bg-slate-100 text-slate-500 line-through',
};

export const PLATFORMS: readonly { value: Platform; label: string; short: string }[] = [
  { value: 'linkedin', label: 'LinkedIn', short: 'in' },
  { value: 'x', label: 'X', short: 'X' },
  { value: 'medium', label: 'Medium', short: 'M' },
  { value: 'bluesky', label: 'Bluesky', short: 'Bs' },
  { value: 'mastodon', label: 'Mastodon', short: 'Ma' },
];

export function platformLabel(platform: Platform): string {
  return PLATFORMS.find((p) => p.value === platform)?.label ?? platform;
}

/** One colour per pillar position in the strategy (3–5 pillars); text contrast meets WCAG AA. */
const PILLAR_COLOURS = [
  'bg-indigo-100 text-indigo-900 border-indigo-300',
  'bg-emerald-100 text-emerald-900 border-emerald-300',
  'bg-rose-100 text-rose-900 border-rose-300',
  'bg-amber-100 text-amber-900 border-amber-300',
  'bg-cyan-100 text-cyan-900 border-cyan-300',
];
const OTHER_PILLAR = 'bg-slate-100 text-slate-700 border-slate-300';

/** The chip colour of `pillar`, by its place among the strategy's pillars. */
export function pillarClasses(pillar: string | null, pillars: readonly string[]): string {
  const index = pillar === null ? -1 : pillars.indexOf(pillar);
  return index < 0 ? OTHER_PILLAR : (PILLAR_COLOURS[index % PILLAR_COLOURS.length] ?? OTHER_PILLAR);
}
