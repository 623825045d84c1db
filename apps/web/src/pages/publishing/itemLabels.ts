// Words and colours for scheduled items' statuses and for what each publishing attempt found.
import type { ScheduledItem, ScheduledItemStatus } from '@brandwright/contracts';
import type { PublishAttempt } from '../../api/publishing';
import { formatDateTime } from '../../lib/dates';
import { ATTENTION_STATUSES } from '../../queries/publishing';

export const ITEM_STATUS_LABELS: Record<ScheduledItemStatus, string> = {
  pending: 'Scheduled',
  publishing: 'Publishing…',
  published: 'Published',
  failed: 'Failed',
  needs_attention: 'Needs attention',
  cancelled: 'Cancelled',
  missed: 'Missed',
};

/** Text colours meet WCAG AA on their backgrounds. */
export const ITEM_STATUS_CLASSES: Record<ScheduledItemStatus, string> = {
  pending: 'bg-indigo-50 text-indigo-800 ring-indigo-200',
  publishing: 'bg-sky-50 text-sky-900 ring-sky-200',
  published: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
  needs_attention: 'bg-amber-50 text-amber-900 ring-amber-300',
  cancelled: 'bg-slate-100 text-slate-600 ring-slate-200',
  missed: 'bg-orange-50 text-orange-900 ring-orange-200',
};

export const ITEM_STATUSES = Object.keys(ITEM_STATUS_LABELS) as ScheduledItemStatus[];

/** Statuses the user must decide about (mark as published, retry or cancel). */
export const ATTENTION: ReadonlySet<ScheduledItemStatus> = new Set(ATTENTION_STATUSES);

const SOURCE_WORDS: Record<ScheduledItem['source'], string> = {
  manual: 'scheduled by you',
  queue: 'from your queue',
  evergreen: 'evergreen repeat',
};

export function sourceWords(item: ScheduledItem): string {
  return SOURCE_WORDS[item.source];
}

/** "part 2 of 3" for threads; "the post" for a single post. */
function partName(attempt: PublishAttempt, total: number): string {
  return total > 1 ? `part ${attempt.partIndex + 1} of ${total}` : 'the post';
}

const OUTCOME_WORDS: Record<NonNullable<PublishAttempt['outcome']>, string> = {
  sent: 'was sent and the platform confirmed it',
  failed: 'was refused',
  unknown: 'was sent, but no answer came back, so we cannot tell whether it went live',
  reconciled: 'was found live on the platform when we checked',
};

/** One attempt as a sentence: "Tue 2 Mar, 09:00: part 2 of 3 was refused (RATE_LIMITED): …". */
export function attemptSentence(attempt: PublishAttempt, total: number, zone: string): string {
  const when = formatDateTime(attempt.startedAt, zone);
  const what =
    attempt.outcome === null
      ? attempt.finishedAt
        ? 'ended without a recorded outcome'
        : 'was being sent when the worker stopped'
      : OUTCOME_WORDS[attempt.outcome];
  const code = attempt.errorCode ? ` (${attempt.errorCode})` : '';
  const detail = attempt.detail ? `: ${attempt.detail.replace(/\.$/, '')}` : '';
  const post = attempt.postId ? ` Post id ${attempt.postId}.` : '';
  return `${when}: ${partName(attempt, total)} ${what}${code}${detail}.${post}`;
}
