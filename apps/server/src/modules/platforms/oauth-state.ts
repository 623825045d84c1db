// The OAuth state's vocabulary: how a state is stored (SHA-256, never the value) and compared with
// the one the browser presents, how long it lives, and the platform's or exchange's failures in
// CallbackErrorCode terms.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CallbackErrorCode } from '@brandwright/contracts';
import { isPlatformError } from '../../adapters/social/index.js';

export const STATE_TTL_MS = 10 * 60_000;

export const hashState = (state: string) => createHash('sha256').update(state).digest('base64url');

/** Whether the browser presented the state it was given (constant time: hashes have one length). */
export function sameState(state: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  return timingSafeEqual(Buffer.from(hashState(state)), Buffer.from(hashState(presented)));
}

/** The OAuth `error` a platform sent back, in our words. */
export function consentError(error: string): CallbackErrorCode {
  if (error === 'access_denied') return 'access_denied';
  if (error === 'temporarily_unavailable' || error === 'server_error') return 'platform_unavailable';
  return 'exchange_failed';
}

export function exchangeError(error: unknown): CallbackErrorCode {
  const transient = ['UNAVAILABLE', 'UNKNOWN_OUTCOME', 'RATE_LIMITED'];
  return isPlatformError(error) && transient.includes(error.code)
    ? 'platform_unavailable'
    : 'exchange_failed';
}
