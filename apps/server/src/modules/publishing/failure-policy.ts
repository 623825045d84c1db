// What the engine does with each failure, by PlatformError code: wait and retry, reconcile, stop
// with a sentence the user can act on, or hand the decision to the user when nobody can tell
// whether the post went out. Written as a table so the rules are read in one place.
import type { Platform } from '@brandwright/contracts';
import { isPlatformError, type PlatformError } from '../../adapters/social/index.js';
import { backoffMs } from '../../platform/jobs/index.js';
import { label } from './adaptation.js';
import { NotConnectedError } from './ports.js';

/** Attempts (claims) of one item before a transient failure becomes permanent. */
export const MAX_ITEM_ATTEMPTS = 8;

export type Decision =
  | { kind: 'retry'; delayMs: number; code: string; detail: string }
  | { kind: 'fail'; code: string; detail: string }
  /** The post may be on the platform: only the user can look (needs_attention). */
  | { kind: 'attention'; code: string; detail: string };

/** What is known when the engine cannot tell whether a part went out; the message is for the user. */
export class NeedsAttention extends Error {
  override readonly name = 'NeedsAttention';
}

/** The decision for any error a publishing run ends on. */
export function decisionFor(
  error: unknown,
  platform: Platform,
  attempts: number,
  settleMs: number,
): Decision {
  if (error instanceof NeedsAttention)
    return { kind: 'attention', code: 'UNKNOWN_OUTCOME', detail: error.message };
  if (error instanceof NotConnectedError)
    return {
      kind: 'fail',
      code: 'NOT_CONNECTED',
      detail: `${label(platform)} is not connected. Connect it on the Platforms page, then retry.`,
    };
  return isPlatformError(error) ? decide(error, platform, attempts, settleMs) : unexpected(error, attempts);
}

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
      // Each run reconciles before sending again; a platform that never confirms leaves it to the user.
      if (attempts >= MAX_ITEM_ATTEMPTS)
        return {
          kind: 'attention',
          code,
          detail: `${name} never confirmed the post in ${attempts} attempts (${error.message}). Look at your ${name} profile: mark it as published if it is there, or retry if it is not.`,
        };
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
