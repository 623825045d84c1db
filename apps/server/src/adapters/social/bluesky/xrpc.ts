// One XRPC call to a Bluesky PDS, and the PDS's failures in PlatformError terms: ExpiredToken is a
// renewable expiry, InvalidToken or a taken-down account means reconnecting, 429 carries the
// RateLimit-Reset epoch, and validation messages (safe to show) reach the user.
import type { ZodType } from 'zod';
import { PlatformError } from '../errors.js';
import { genericFailure, type HttpSettings, platformFetch, readJson } from '../http.js';

export interface XrpcCall {
  nsid: string;
  /** Procedures are POSTed, queries are GETs. */
  method: 'GET' | 'POST';
  params?: Record<string, string | string[] | undefined>;
  /** JSON input of a procedure (POST). */
  input?: unknown;
  /** Raw bytes of a procedure (uploadBlob). */
  bytes?: { data: Uint8Array; mimeType: string };
  token?: string;
  effect: 'read' | 'write';
}

export interface XrpcFailure {
  status: number;
  error?: string;
  message?: string;
  headers: Headers;
}

const REVOKED_ERRORS = new Set(['InvalidToken', 'AccountTakedown', 'AccountDeactivated', 'AuthMissing']);

function urlOf(base: string, call: XrpcCall): string {
  const url = new URL(`${base.replace(/\/+$/, '')}/xrpc/${call.nsid}`);
  for (const [key, value] of Object.entries(call.params ?? {}))
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      url.searchParams.append(key, item);
  return url.toString();
}

/** The PDS's failure as a PlatformError; 5xx and timeouts follow the shared transport rules. */
export function xrpcError(failure: XrpcFailure, effect: 'read' | 'write'): PlatformError {
  const { status, error, message } = failure;
  const detail = message ? `: ${message.slice(0, 300)}` : '';
  if (error === 'ExpiredToken')
    return new PlatformError('bluesky', 'TOKEN_EXPIRED', 'The Bluesky session expired', { status });
  if ((error && REVOKED_ERRORS.has(error)) || status === 401)
    return new PlatformError('bluesky', 'REVOKED', 'Bluesky refused the session; reconnect the account', {
      status,
    });
  if (error === 'RecordNotFound' || (status === 400 && /not found/i.test(message ?? '')))
    return new PlatformError('bluesky', 'NOT_FOUND', `Not found at Bluesky${detail}`, { status });
  if (status === 400 || status === 413)
    return new PlatformError('bluesky', 'INVALID_CONTENT', `Bluesky refused the request${detail}`, {
      status,
    });
  return genericFailure('bluesky', failure, effect);
}

async function send(settings: HttpSettings, base: string, call: XrpcCall): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  let body: RequestInit['body'];
  if (call.bytes) {
    headers['content-type'] = call.bytes.mimeType;
    body = call.bytes.data;
  } else if (call.input !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.input);
  }
  return platformFetch(settings, {
    platform: 'bluesky',
    url: urlOf(base, call),
    method: call.method,
    headers,
    body,
    effect: call.effect,
  });
}

/** Calls and returns the failure unmapped, for callers that handle a specific error themselves. */
export async function xrpcRaw(
  settings: HttpSettings,
  base: string,
  call: XrpcCall,
): Promise<{ ok: true; body: unknown } | ({ ok: false } & XrpcFailure)> {
  const response = await send(settings, base, call);
  const body = await readJson<Record<string, unknown>>('bluesky', response);
  if (response.ok) return { ok: true, body };
  return {
    ok: false,
    status: response.status,
    error: typeof body.error === 'string' ? body.error : undefined,
    message: typeof body.message === 'string' ? body.message : undefined,
    headers: response.headers,
  };
}

/** Calls and validates the answer; any failure becomes a PlatformError. */
export async function xrpc<T>(
  settings: HttpSettings,
  base: string,
  call: XrpcCall,
  schema: ZodType<T>,
): Promise<T> {
  const result = await xrpcRaw(settings, base, call);
  if (!result.ok) throw xrpcError(result, call.effect);
  const parsed = schema.safeParse(result.body);
  if (!parsed.success)
    throw new PlatformError('bluesky', 'UNAVAILABLE', `Unexpected answer from Bluesky (${call.nsid})`);
  return parsed.data;
}
