// Authenticated API calls: attaches the bearer token and recovers once from an expired token.
import type { z } from 'zod';
import { ApiError } from './errors';
import { type RequestOptions, readJson, send } from './http';
import { getAccessToken, refreshSession } from './session';

function withBearer(options: RequestOptions): RequestOptions {
  const token = getAccessToken();
  if (!token) return options;
  return { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } };
}

function sessionExpired(): ApiError {
  return new ApiError({
    status: 401,
    code: 'session_expired',
    title: 'Session expired',
    detail: 'Your session has expired. Please sign in again.',
  });
}

/** Sends an authenticated request; on 401 refreshes the token once and retries. */
export async function authedSend(path: string, options: RequestOptions = {}): Promise<Response> {
  const tokenUsed = getAccessToken();
  try {
    return await send(path, withBearer(options));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    // Another request may already have refreshed while this one was in flight.
    const tokenNow = getAccessToken();
    const refreshed = (tokenNow !== null && tokenNow !== tokenUsed) || (await refreshSession());
    // A failed refresh signs the user out (see session.ts); the guard then redirects to /login.
    if (!refreshed) throw sessionExpired();
    return send(path, withBearer(options));
  }
}

/** Authenticated request whose JSON response is validated against `schema`. */
export async function authedJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  return readJson(await authedSend(path, options), schema);
}
