// Time rules of scheduling: how far in the past a "now" request may be, and when an item found
// late after downtime counts as missed.

/** A request for a time this far in the past still means "now" (clock skew, slow forms). */
export const PAST_GRACE_MS = 5 * 60_000;

/**
 * Why an item is missed, in words, or undefined when it may still go out: it is late by more than
 * `missedAfterMinutes` (null: never missed).
 */
export function lateness(
  scheduledFor: Date,
  now: Date,
  missedAfterMinutes: number | null,
): string | undefined {
  if (missedAfterMinutes === null) return undefined;
  const lateMinutes = Math.floor((now.getTime() - scheduledFor.getTime()) / 60_000);
  if (lateMinutes <= missedAfterMinutes) return undefined;
  return `Nothing was running when it was due (${scheduledFor.toISOString()}); it was found ${lateMinutes} minutes late, more than your limit of ${missedAfterMinutes} minutes for publishing late.`;
}
