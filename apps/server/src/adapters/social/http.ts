// The HTTP call every adapter makes: a timeout, and transport failures turned into PlatformError
// with the right certainty — a refused connection never reached the platform (UNAVAILABLE), while a
// timeout, a reset after sending, or a 5xx answer leaves a write's outcome unknown (UNKNOWN_OUTCOME).
import { PLATFORM_NAMES } from '@brandwright/contracts';
import * as oauth from 'oauth4webapi';
import { isBlockedAddress } from '../../platform/net/index.js';
import { PlatformError } from './errors.js';
import type { PlatformId } from './port.js';

export interface HttpSettings {
  timeoutMs: number;
  /** Tests may pass their own; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface PlatformRequest {
  platform: PlatformId;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: RequestInit['body'];
  /** `write` when the request changes state at the platform (publish, delete, upload). */
  effect: 'read' | 'write';
}

/** Connection errors that prove the request never left: safe to retry even for writes. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return cause?.code ?? (error as { code?: string })?.code;
}

export async function platformFetch(settings: HttpSettings, request: PlatformRequest): Promise<Response> {
  const doFetch = settings.fetch ?? fetch;
  try {
    return await doFetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(settings.timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    // The guarded fetch refused the host's address before sending anything.
    if (isBlockedAddress(error))
      throw new PlatformError(
        request.platform,
        'UNAVAILABLE',
        'The host is on a private or reserved network',
        {
          blockedAddress: true,
        },
      );
    const code = errorCode(error);
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    if (request.effect === 'write' && !(code && NOT_SENT.has(code)))
      throw new PlatformError(
        request.platform,
        'UNKNOWN_OUTCOME',
        timedOut
          ? `No answer within ${settings.timeoutMs} ms; the platform may have applied the request`
          : 'The connection failed after the request was sent; the platform may have applied it',
      );
    throw new PlatformError(
      request.platform,
      'UNAVAILABLE',
      timedOut
        ? `No answer within ${settings.timeoutMs} ms`
        : `Could not reach the platform (${code ?? 'network error'})`,
    );
  }
}

/** Reads a JSON body; an unparseable body is the platform's fault, not ours. */
export async function readJson<T = unknown>(platform: PlatformId, response: Response): Promise<T> {
  const text = await response.text();
  if (text === '') return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new PlatformError(platform, 'UNAVAILABLE', `Unreadable answer (HTTP ${response.status})`, {
      status: response.status,
    });
  }
}

/**
 * Seconds until a rate limit resets, from whichever header the platform uses: `Retry-After`
 * (seconds or HTTP date), an epoch-seconds reset (X, Bluesky), or an ISO timestamp (Mastodon).
 */
export function retryAfterSeconds(headers: Headers, now: Date = new Date()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return secondsUntil(date, now);
  }
  for (const name of ['x-rate-limit-reset', 'ratelimit-reset', 'x-ratelimit-reset']) {
    const value = headers.get(name);
    if (!value) continue;
    const numeric = Number(value);
    // Epoch seconds are large; small numbers are a delta in seconds (IETF RateLimit draft).
    if (Number.isFinite(numeric))
      return numeric > 1e9 ? secondsUntil(numeric * 1000, now) : Math.ceil(numeric);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return secondsUntil(date, now);
  }
  return undefined;
}

function secondsUntil(epochMs: number, now: Date): number {
  return Math.max(0, Math.ceil((epochMs - now.getTime()) / 1000));
}

/** The failures every platform shares by status alone; adapters check their own bodies first. */
export function genericFailure(
  platform: PlatformId,
  response: Pick<Response, 'status' | 'headers'>,
  effect: 'read' | 'write',
): PlatformError {
  const status = response.status;
  if (status === 429)
    return new PlatformError(platform, 'RATE_LIMITED', `${PLATFORM_NAMES[platform]} rate limit reached`, {
      status,
      retryAfterSeconds: retryAfterSeconds(response.headers),
    });
  if (status === 401)
    return new PlatformError(platform, 'TOKEN_EXPIRED', 'The access token was refused', { status });
  if (status === 403)
    return new PlatformError(platform, 'FORBIDDEN', 'The platform refused the request', { status });
  if (status === 404)
    return new PlatformError(platform, 'NOT_FOUND', 'Not found at the platform', { status });
  if (status === 408 || status === 504)
    return new PlatformError(
      platform,
      effect === 'write' ? 'UNKNOWN_OUTCOME' : 'UNAVAILABLE',
      `The platform timed out (HTTP ${status})`,
      { status },
    );
  // A server error says nothing about whether a write was applied before it failed (a proxy's 502
  // after the post was stored, a crash after the commit): the outcome of a write is unknown.
  if (status >= 500)
    return new PlatformError(
      platform,
      effect === 'write' ? 'UNKNOWN_OUTCOME' : 'UNAVAILABLE',
      `The platform failed (HTTP ${status})`,
      { status },
    );
  return new PlatformError(platform, 'INVALID_CONTENT', `The platform refused the request (HTTP ${status})`, {
    status,
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain http is acceptable only to a loopback host (the emulator, a test double). */
export function isLoopbackHttp(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
}

/**
 * oauth4webapi's requests through platformFetch (the configured timeout, transport failures as
 * PlatformError). A 429 or 5xx is the platform's state, not a verdict on the grant: it is raised
 * here, before oauth4webapi would read an error body in it as a refused grant.
 */
export function oauthRequestOptions(
  http: HttpSettings,
  platform: PlatformId,
  options: { insecure: boolean; effect?: 'read' | 'write' },
) {
  return {
    [oauth.allowInsecureRequests]: options.insecure,
    [oauth.customFetch]: async (url: string, init: oauth.CustomFetchOptions<string, unknown>) => {
      const response = await platformFetch(http, {
        platform,
        url,
        method: init.method,
        headers: init.headers,
        body: init.body as RequestInit['body'],
        effect: options.effect ?? 'read',
      });
      if (response.status === 429 || response.status >= 500) throw genericFailure(platform, response, 'read');
      return response;
    },
  };
}
