// Sign-up, sign-in and sign-out calls. Each carries the cookie-transport header so the refresh
// token stays in an httpOnly cookie and out of reach of scripts.
import {
  type ChangePasswordInput,
  type LoginInput,
  type RegisterInput,
  type Session,
  sessionSchema,
  tokensSchema,
  type User,
} from '@brandwright/contracts';
import { authedJson } from './client';
import { readJson, send } from './http';
import { COOKIE_TRANSPORT, type EndReason, endSession, getAccessToken, startSession } from './session';

/**
 * Opens a session. `onUser` runs before the session becomes active so the user is cached by the
 * time route guards react to the new status (saves a redundant GET /users/me).
 */
async function openSession(
  path: string,
  body: LoginInput | RegisterInput,
  onUser: (user: User) => void,
): Promise<User> {
  const response = await send(path, { method: 'POST', body, headers: COOKIE_TRANSPORT });
  const session: Session = await readJson(response, sessionSchema);
  onUser(session.user);
  startSession(session.accessToken, session.expiresIn);
  return session.user;
}

export function register(input: RegisterInput, onUser: (user: User) => void): Promise<User> {
  return openSession('/auth/register', input, onUser);
}

export function login(input: LoginInput, onUser: (user: User) => void): Promise<User> {
  return openSession('/auth/login', input, onUser);
}

/** Sets a new password; the server ends every other session and opens a new one for this browser. */
export async function changePassword(input: ChangePasswordInput): Promise<void> {
  const tokens = await authedJson('/auth/password', tokensSchema, {
    method: 'POST',
    body: input,
    headers: COOKIE_TRANSPORT,
  });
  startSession(tokens.accessToken, tokens.expiresIn);
}

/** Revokes the refresh cookie on the server, then forgets the session locally whatever happens. */
export async function logout(reason: EndReason = 'logout'): Promise<void> {
  const token = getAccessToken();
  const headers: Record<string, string> = { ...COOKIE_TRANSPORT };
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    await send('/auth/logout', { method: 'POST', body: {}, headers });
  } catch {
    // The local session ends regardless: staying signed in because the network failed would
    // surprise the user more than a refresh cookie that expires on its own.
  } finally {
    endSession(reason);
  }
}
