// What the engine does with each failure, by PlatformError code: wait and retry, reconcile, or stop
// with a sentence the user can act on. Written as a table so the rules are read in one place.
import type { Platform } from '@brandwright/contracts';
import type { PlatformError } from '../../adapters/social/index.js';
import { backoffMs } from '../../platform/jobs/index.js';
import { label } from './adaptation.js';

/** Attempts (claims) of one item before a transient failure becomes permanent. */
export const MAX_ITEM_ATTEMPTS = 8;

export type Decision =
  | { kind: 'retry'; delayMs: number; code: string; detail: string }
  | { kind: 'fail'; code: string; detail: string };

/** `settleMs`: how long to wait before reading back a post whose send outcome is unknown. */
export function decide(
  error: PlatformError,
  platform: Platform,
  attempts: number,
  settleMs: number,
): Decision {
  const name = label(platform);
  const code = error.code;
  const transient = (detail: string, delayMs = backoffMs(attempts)): Decision =>
    attempts >= MAX_ITEM_ATTEMPTS
      ? { kind: 'fail', code, detail: `${detail} Gave up after ${attempts} attempts.` }
      : { kind: 'retry', delayMs, code, detail };
  switch (code) {
    case 'RATE_LIMITED':
      // Waiting out a limit is not the item's fault: it does not count toward giving up.
      return {
        kind: 'retry',
        code,
        delayMs: Math.max(1, error.retryAfterSeconds ?? 60) * 1000,
        detail: `${name} asked us to slow down; trying again when its limit resets.`,
      };
    case 'UNAVAILABLE':
      return transient(`${name} did not answer or failed (${error.message}).`);
    case 'UNKNOWN_OUTCOME':
      // The next run reconciles before anything is sent again (reconciler.ts).
      return {
        kind: 'retry',
        code,
        delayMs: settleMs,
        detail: `${name} did not confirm the post; checking whether it went out before sending again.`,
      };
    case 'TOKEN_EXPIRED':
    case 'REVOKED':
    case 'INVALID_GRANT':
      return {
        kind: 'fail',
        code,
        detail: `${name} no longer accepts Brandwright's access. Reconnect ${name} on the Platforms page, then retry.`,
      };
    case 'FORBIDDEN':
      return {
        kind: 'fail',
        code,
        detail: `${name} refused the post: the connection lacks a permission. Reconnect ${name} and allow posting.`,
      };
    case 'INVALID_CONTENT':
      return { kind: 'fail', code, detail: `${name} refused the content: ${error.message}` };
    case 'DUPLICATE':
      return {
        kind: 'fail',
        code,
        detail: `${name} refused it as a duplicate of a post already on your account.`,
      };
    case 'NOT_FOUND':
      return {
        kind: 'fail',
        code,
        detail: `${name} could not find something the post refers to (${error.message}).`,
      };
  }
}

/**
 * A failure of our own (a bug, the database gone for a moment): retried with backoff like an
 * outage, so an item is never left held by a lease nobody renews, and failed after the last attempt.
 */
export function unexpected(error: unknown, attempts: number): Decision {
  const detail = `Publishing stopped on an internal error (${error instanceof Error ? error.message : String(error)}).`;
  return attempts >= MAX_ITEM_ATTEMPTS
    ? { kind: 'fail', code: 'INTERNAL', detail: `${detail} Gave up after ${attempts} attempts.` }
    : { kind: 'retry', code: 'INTERNAL', delayMs: backoffMs(attempts), detail };
}
