// Error codes of the platforms module. Details never quote a token or a vendor's raw answer.
import { defineErrors } from '../../platform/errors/index.js';

export const PlatformsError = defineErrors('PlatformsError', {
  UNKNOWN_PLATFORM: {
    kind: 'not_found',
    detail: 'No such platform. Use linkedin, x, medium, bluesky or mastodon.',
  },
  NOT_CONNECTED: { kind: 'not_found', detail: 'This platform is not connected.' },
  RECONNECT_REQUIRED: {
    kind: 'conflict',
    detail: 'The connection no longer works (expired or revoked). Connect the platform again.',
  },
  VALIDATION_FAILED: { kind: 'invalid', detail: 'The request body is invalid.' },
  INVALID_CREDENTIALS: { kind: 'invalid', detail: 'The platform did not accept these credentials.' },
  INVALID_INSTANCE: { kind: 'invalid', detail: 'This is not a Mastodon instance we can connect to.' },
  PLATFORM_REFUSED: { kind: 'conflict', detail: 'The platform refused the request.' },
  PLATFORM_RATE_LIMITED: {
    kind: 'rate_limited',
    detail: 'The platform is rate limiting us. Try again later.',
  },
  PLATFORM_UNAVAILABLE: {
    kind: 'unavailable',
    detail: 'The platform could not be reached. Try again in a few minutes.',
  },
});
export type PlatformsError = InstanceType<typeof PlatformsError>;
