// One REST call to a Mastodon instance and its failures in PlatformError terms. Mastodon tokens
// never expire, so a 401 means the token was revoked; 422 is a refused status (a duplicate when
// the message says so); 429 carries an ISO X-RateLimit-Reset.
import type { ZodType } from 'zod';
import { PlatformError } from '../errors.js';
import { genericFailure, type HttpSettings, isLoopbackHttp, platformFetch, readJson } from '../http.js';

export interface MastodonContext {
  settings: HttpSettings;
  clientName: string;
  website?: string;
  /** Instance facts (limits, domain) per instance URL, refreshed hourly. */
  instances: Map<string, { fetchedAt: number; info: InstanceInfo }>;
}

export interface InstanceInfo {
  domain: string;
  maxCharacters: number;
  maxMedia: number;
}

export interface MastodonCall {
  base: string;
  path: string;
  method?: 'GET' | 'POST' | 'DELETE';
  token?: string;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  effect: 'read' | 'write';
}

/** "mastodon.social", "https://mastodon.social/" → "https://mastodon.social"; plain http only on loopback. */
export function instanceBase(serverUrl: string): string {
  const trimmed = serverUrl.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new PlatformError('mastodon', 'NOT_FOUND', 'Not a Mastodon instance address');
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(withScheme))
    throw new PlatformError('mastodon', 'NOT_FOUND', 'Mastodon instances are reached over https');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function mastodonError(response: Response, body: unknown, effect: 'read' | 'write'): PlatformError {
  const status = response.status;
  const message =
    typeof (body as { error?: unknown })?.error === 'string' ? (body as { error: string }).error : '';
  if (status === 401 || status === 410)
    return new PlatformError(
      'mastodon',
      'REVOKED',
      'The instance refused the access token; reconnect the account',
      {
        status,
      },
    );
  if (status === 422 && /duplicate/i.test(message))
    return new PlatformError(
      'mastodon',
      'DUPLICATE',
      `Mastodon refused a duplicate: ${message.slice(0, 300)}`,
      {
        status,
      },
    );
  if (status === 422)
    return new PlatformError(
      'mastodon',
      'INVALID_CONTENT',
      `Mastodon refused the post: ${message.slice(0, 300)}`,
      {
        status,
      },
    );
  return genericFailure('mastodon', response, effect);
}

function requestOf(call: MastodonCall): { headers: Record<string, string>; body?: RequestInit['body'] } {
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.form) return { headers, body: call.form };
  if (call.json === undefined) return { headers };
  headers['content-type'] = 'application/json';
  return { headers, body: JSON.stringify(call.json) };
}

/** Calls and returns the raw answer; failures (any non-2xx) are thrown as PlatformError. */
export async function mastodonFetch(
  ctx: MastodonContext,
  call: MastodonCall,
): Promise<{ status: number; body: unknown }> {
  const { headers, body } = requestOf(call);
  const response = await platformFetch(ctx.settings, {
    platform: 'mastodon',
    url: `${call.base}${call.path}`,
    method: call.method ?? 'GET',
    headers,
    body,
    effect: call.effect,
  });
  const json = await readJson('mastodon', response);
  if (!response.ok) throw mastodonError(response, json, call.effect);
  return { status: response.status, body: json };
}

/** Calls and validates the answer against `schema`. */
export async function mastodonCall<T>(
  ctx: MastodonContext,
  call: MastodonCall,
  schema: ZodType<T>,
): Promise<T> {
  const { body } = await mastodonFetch(ctx, call);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new PlatformError(
      'mastodon',
      call.effect === 'write' ? 'UNKNOWN_OUTCOME' : 'UNAVAILABLE',
      `Unexpected answer from Mastodon (${call.path.split('?')[0]})`,
    );
  return parsed.data;
}
