// The content lifecycle as an explicit transition table: what a piece may become from each status.
// Published is final (its text is on a platform); failed can only go back to draft or be rescheduled.
import type { ContentStatus } from '@brandwright/contracts';

export const STATUS_TRANSITIONS: Record<ContentStatus, readonly ContentStatus[]> = {
  draft: ['approved', 'scheduled'],
  approved: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'approved', 'published', 'failed'],
  published: [],
  failed: ['draft', 'scheduled'],
};

/** Staying in the same status is always allowed (a retried request must not fail). */
export function canTransition(from: ContentStatus, to: ContentStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}
