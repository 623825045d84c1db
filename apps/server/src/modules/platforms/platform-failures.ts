// PlatformError (the adapters' words) → PlatformsError (what the API answers) for the connect paths.
// Messages are our own: a vendor's text could quote what was sent.

import { isPlatformError } from '../../adapters/social/index.js';
import type { FieldProblem } from '../../platform/errors/index.js';
import { PlatformsError } from './platforms.errors.js';

const REFUSED = new Set([
  'INVALID_GRANT',
  'TOKEN_EXPIRED',
  'REVOKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_CONTENT',
]);

/** A failure while checking credentials the user typed: their fault (4xx naming `field`) or the platform's. */
export function credentialFailure(error: unknown, field: FieldProblem): Error {
  if (!isPlatformError(error)) return error as Error;
  if (REFUSED.has(error.code))
    return new PlatformsError('INVALID_CREDENTIALS', field.message, { fields: [field] });
  return transientFailure(error) ?? new PlatformsError('PLATFORM_REFUSED');
}

/** Rate limits and outages, the same for every path; undefined for anything else. */
export function transientFailure(error: unknown): Error | undefined {
  if (!isPlatformError(error)) return undefined;
  if (error.code === 'RATE_LIMITED')
    return new PlatformsError('PLATFORM_RATE_LIMITED', undefined, {
      retryAfterSeconds: error.retryAfterSeconds ?? 60,
    });
  if (error.code === 'UNAVAILABLE' || error.code === 'UNKNOWN_OUTCOME')
    return new PlatformsError('PLATFORM_UNAVAILABLE');
  return undefined;
}

/** A Mastodon instance that would not register our app: most often a typo or not Mastodon at all. */
export function instanceFailure(error: unknown): Error {
  if (isPlatformError(error, 'RATE_LIMITED')) return transientFailure(error) as Error;
  if (!isPlatformError(error)) return error as Error;
  const message = error.options.blockedAddress
    ? 'This address points to a private or internal network, which Brandwright does not call'
    : error.code === 'UNAVAILABLE'
      ? 'This instance could not be reached: check the address'
      : 'This address does not answer like a Mastodon instance';
  return new PlatformsError('INVALID_INSTANCE', message, { fields: [{ path: 'instanceUrl', message }] });
}
