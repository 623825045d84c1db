// Error codes of the auth module.
import { defineErrors } from '../../platform/errors/index.js';

export const AuthError = defineErrors('AuthError', {
  INVALID_CREDENTIALS: { kind: 'unauthenticated', detail: 'Email or password is incorrect.' },
  TOO_MANY_ATTEMPTS: { kind: 'rate_limited', detail: 'Too many failed sign-in attempts. Try again later.' },
  INVALID_REFRESH_TOKEN: { kind: 'unauthenticated', detail: 'The session has ended. Sign in again.' },
  REFRESH_TOKEN_REUSED: {
    kind: 'unauthenticated',
    detail: 'This refresh token was already used, so the session was ended for safety. Sign in again.',
  },
  WRONG_PASSWORD: { kind: 'invalid', detail: 'The current password is not right.' },
  INVALID_ACCESS_TOKEN: { kind: 'unauthenticated', detail: 'The access token is invalid or has expired.' },
});
