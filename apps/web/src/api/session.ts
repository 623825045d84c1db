// The in-memory session: access token, sign-in status, silent and proactive refresh.
// The access token never touches storage; the refresh token lives in an httpOnly cookie the
// server sets because every auth call carries `x-auth-transport: cookie`.
import { AUTH_TRANSPORT_HEADER, tokensSchema } from '@brandwright/contracts';
import { isApiError } from './errors';
import { readJson, send } from './http';

export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous';
/** Why the last session ended; lets the login page explain an unexpected sign-out. */
export type EndReason = 'logout' | 'expired' | 'deleted' | null;

export interface SessionSnapshot {
  status: SessionStatus;
  endReason: EndReason;
}

export const COOKIE_TRANSPORT = { [AUTH_TRANSPORT_HEADER]: 'cookie' } as const;

/** Refresh this long before expiry so requests in flight never carry a just-expired token. */
const REFRESH_MARGIN_MS = 60_000;
const RETRY_AFTER_NETWORK_ERROR_MS = 30_000;

/**
 * A non-secret marker that this browser holds a refresh cookie (which scripts cannot see, being
 * httpOnly). Without it a first visit would ask the server to refresh and log a 401 in the console
 * of every healthy anonymous load.
 */
const SIGNED_IN_MARKER = 'brandwright.signedIn';

function markSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_MARKER, '1');
    else localStorage.removeItem(SIGNED_IN_MARKER);
  } catch {
    // Storage may be off (private modes): the boot refresh then simply runs every time.
  }
}

function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_MARKER) !== null;
  } catch {
    return true;
  }
}

let accessToken: string | null = null;
let snapshot: SessionSnapshot = { status: 'unknown', endReason: null };
let refreshPromise: Promise<boolean> | null = null;
let bootPromise: Promise<boolean> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function setSnapshot(next: SessionSnapshot): void {
  if (next.status === snapshot.status && next.endReason === snapshot.endReason) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSnapshot(): SessionSnapshot {
  return snapshot;
}

export function getAccessToken(): string | null {
  return accessToken;
}

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshSession(), delayMs);
}

/** Stores a fresh access token and plans the next proactive refresh from its lifetime. */
export function startSession(token: string, expiresInSeconds: number): void {
  accessToken = token;
  const lifetimeMs = expiresInSeconds * 1000;
  // Short-lived tokens (tests, tight configs) refresh at 75% of their lifetime instead.
  scheduleRefresh(Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs * 0.75, 1000));
  markSignedIn(true);
  setSnapshot({ status: 'authenticated', endReason: null });
}

/** Forgets the session locally; the caller decides whether the server must be told. */
export function endSession(reason: EndReason): void {
  accessToken = null;
  clearTimeout(refreshTimer);
  markSignedIn(false);
  setSnapshot({ status: 'anonymous', endReason: reason });
}

async function requestNewToken(): Promise<boolean> {
  try {
    const response = await send('/auth/refresh', { method: 'POST', body: {}, headers: COOKIE_TRANSPORT });
    const tokens = await readJson(response, tokensSchema);
    startSession(tokens.accessToken, tokens.expiresIn);
    return true;
  } catch (error) {
    const wasSignedIn = snapshot.status === 'authenticated';
    if (isApiError(error) && (error.status === 0 || error.status >= 500) && wasSignedIn) {
      // Transient failure: keep the current token and try again soon rather than signing out.
      scheduleRefresh(RETRY_AFTER_NETWORK_ERROR_MS);
      return false;
    }
    endSession(wasSignedIn ? 'expired' : null);
    return false;
  }
}

/**
 * Runs `task` while holding a lock shared by every tab of this origin. Tabs share the refresh
 * cookie, and the server treats a rotated token presented twice as theft, so refreshes from two
 * tabs must not overlap. Web Locks is missing in old browsers and insecure contexts: run unlocked.
 */
async function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return await navigator.locks.request('brandwright-auth-refresh', task);
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers in this tab share one
 * request, for the same reason refreshes across tabs are serialized (see acrossTabs).
 */
export function refreshSession(): Promise<boolean> {
  refreshPromise ??= acrossTabs(requestNewToken).finally(() => {
    refreshPromise = null;
  });
  return refreshPromise;
}

/** Restores a session from the cookie once per page load (StrictMode may call this twice). */
export function bootstrapSession(): Promise<boolean> {
  bootPromise ??= mayHaveSession()
    ? refreshSession()
    : Promise.resolve().then(() => {
        endSession(null);
        return false;
      });
  return bootPromise;
}
