// Token health rules, pure: when a connection counts as healthy, expiring (a token that cannot renew
// itself has 14 days or less left), expired or revoked; and which expiry reminder is due.
import type { TokenHealth } from '@brandwright/contracts';

const DAY_MS = 86_400_000;
/** A token that cannot renew itself is "expiring" from this many days before its end. */
export const EXPIRING_WITHIN_DAYS = 14;
/** Reminders before a non-renewable connection ends, each sent once per set of tokens. */
export const REMINDER_DAYS = [14, 7, 1] as const;

export interface TokenFacts {
  status: 'active' | 'revoked' | 'expired';
  expiresAt: Date | null;
  /** A refresh token is stored and the platform renews access with it. */
  refreshable: boolean;
  refreshExpiresAt: Date | null;
}

/** When the connection stops working unless the user acts: the refresh token's end if it renews, else the access token's. */
export function endOf(facts: TokenFacts): Date | null {
  return facts.refreshable ? facts.refreshExpiresAt : facts.expiresAt;
}

/** Whole days left, rounded up: a token with 13.2 days left has "14 days left" until 13 remain. */
export function daysLeft(end: Date, now: Date): number {
  return Math.max(0, Math.ceil((end.getTime() - now.getTime()) / DAY_MS));
}

export function tokenHealth(facts: TokenFacts, now: Date): TokenHealth {
  const end = endOf(facts);
  const base = {
    refreshable: facts.refreshable,
    ...(end ? { expiresAt: end.toISOString() } : {}),
  };
  if (facts.status === 'revoked') return { status: 'revoked', ...base };
  if (facts.status === 'expired' || (end && end.getTime() <= now.getTime()))
    return { status: 'expired', ...base, ...(end ? { daysLeft: 0 } : {}) };
  if (!end) return { status: 'healthy', ...base };
  const left = daysLeft(end, now);
  return { status: left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'healthy', ...base, daysLeft: left };
}

/**
 * The reminder due now, if any: the smallest threshold already reached that was not sent. Larger
 * thresholds missed meanwhile (a worker that was down) are not sent late: one reminder says enough.
 */
export function dueReminder(facts: TokenFacts, now: Date, sent: readonly number[]): number | undefined {
  if (facts.status !== 'active') return undefined;
  const end = endOf(facts);
  if (!end || end.getTime() <= now.getTime()) return undefined;
  const left = daysLeft(end, now);
  const reached = REMINDER_DAYS.filter((days) => left <= days);
  const smallest = reached[reached.length - 1];
  return smallest !== undefined && !sent.includes(smallest) ? smallest : undefined;
}

/** Thresholds to mark as sent with `reminder`: it and every larger one (so they are never sent late). */
export function remindersCovered(reminder: number): number[] {
  return REMINDER_DAYS.filter((days) => days >= reminder);
}
