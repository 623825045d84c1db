// PlatformError: every vendor failure, in the words the rest of the app understands. Messages are
// written by the adapters and never quote tokens or raw vendor bodies that might hold them.
import type { PlatformId } from './port.js';

export const PLATFORM_ERROR_CODES = [
  /** Slow down; `retryAfterSeconds` says for how long when the platform told us. */
  'RATE_LIMITED',
  /** The access token expired: refresh (where possible) and retry. */
  'TOKEN_EXPIRED',
  /** The user or platform withdrew access: reconnect needed. */
  'REVOKED',
  /** The platform refused the content as a duplicate of an earlier post. */
  'DUPLICATE',
  /** The platform refused the content (length, format, media): retrying will not help. */
  'INVALID_CONTENT',
  /** A code, verifier, state or refresh token was refused (reused, expired, mismatched). */
  'INVALID_GRANT',
  /** Missing scope or permission. */
  'FORBIDDEN',
  'NOT_FOUND',
  /** The platform is down or unreachable and the request had no effect. */
  'UNAVAILABLE',
  /** A write may or may not have happened (timeout, connection lost after sending, 5xx answer). */
  'UNKNOWN_OUTCOME',
] as const;
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];

export class PlatformError extends Error {
  constructor(
    readonly platform: PlatformId,
    readonly code: PlatformErrorCode,
    message: string,
    readonly options: {
      retryAfterSeconds?: number;
      status?: number;
      /** DUPLICATE: the platform's id of the earlier post, when it names it (LinkedIn does). */
      existingPostId?: string;
      /** UNAVAILABLE because the host is on a private or reserved network: nothing was sent. */
      blockedAddress?: boolean;
      /** DUPLICATE: where that earlier post can be read. */
      existingPostUrl?: string;
    } = {},
  ) {
    super(message);
    this.name = 'PlatformError';
  }

  get retryAfterSeconds(): number | undefined {
    return this.options.retryAfterSeconds;
  }
}

export function isPlatformError(error: unknown, code?: PlatformErrorCode): error is PlatformError {
  return error instanceof PlatformError && (code === undefined || error.code === code);
}
