// One authenticated call to api.x.com and the translation of X's answers into PlatformError: the
// duplicate and too-long 403/400 bodies, 401 (X cannot tell expired from revoked), 429 with the
// x-rate-limit-* / x-app-limit-24hour-* resets, and the 200 whose `errors[]` came without `data`.
// Responses are checked with zod; error messages are ours and never carry tokens.
import type { z } from 'zod';
import { PlatformError } from '../errors.js';
import { genericFailure, type HttpSettings, platformFetch, readJson } from '../http.js';
import type { Session } from '../port.js';

export interface XContext {
  authUrl: string;
  apiUrl: string;
  http: HttpSettings;
  /** Plain-http loopback base URLs (the emulator); production always uses https. */
  insecure: boolean;
}

export interface XCall {
  session: Session;
  method?: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  json?: unknown;
  form?: FormData;
  /** `write` when the call creates or removes something visible: a lost answer is an unknown outcome. */
  effect: 'read' | 'write';
}

interface XErrorBody {
  title?: unknown;
  detail?: unknown;
  type?: unknown;
  errors?: { message?: unknown; detail?: unknown; type?: unknown }[];
}

/** X's own words about a refusal (detail, else the first error message), short enough to show. */
function vendorMessage(body: unknown): string {
  const shape = (body ?? {}) as XErrorBody;
  const first = Array.isArray(shape.errors) ? shape.errors[0] : undefined;
  const text = [shape.detail, first?.message, first?.detail].find((v) => typeof v === 'string');
  return typeof text === 'string' ? text.slice(0, 200) : '';
}

/**
 * Seconds until every exhausted window has reset, measured against X's own `date` header so a
 * skewed local clock does not matter. The 15-minute window is the fallback when none reads 0.
 */
export function xRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const serverNow = Date.parse(headers.get('date') ?? '') || now;
  const windows = ['x-rate-limit', 'x-app-limit-24hour', 'x-user-limit-24hour'];
  const resets = windows
    .filter((prefix) => headers.get(`${prefix}-remaining`) === '0')
    .map((prefix) => Number(headers.get(`${prefix}-reset`)))
    .filter((reset) => Number.isFinite(reset) && reset > 0);
  const fallback = Number(headers.get('x-rate-limit-reset'));
  if (resets.length === 0 && Number.isFinite(fallback) && fallback > 0) resets.push(fallback);
  if (resets.length === 0) {
    const retryAfter = Number(headers.get('retry-after') ?? Number.NaN);
    return Number.isFinite(retryAfter) && retryAfter >= 0 ? Math.ceil(retryAfter) : undefined;
  }
  return Math.max(0, Math.ceil(Math.max(...resets) - serverNow / 1000));
}

export function xFailure(response: Response, body: unknown, effect: 'read' | 'write'): PlatformError {
  const status = response.status;
  const said = vendorMessage(body);
  if (status === 429)
    return new PlatformError('x', 'RATE_LIMITED', 'X rate limit reached', {
      status,
      retryAfterSeconds: xRetryAfter(response.headers),
    });
  if (status === 401)
    return new PlatformError('x', 'TOKEN_EXPIRED', 'X refused the access token (expired or revoked)', {
      status,
    });
  if (status === 403 && /duplicate content/i.test(said))
    return new PlatformError('x', 'DUPLICATE', 'X refused the post as a duplicate of an earlier one', {
      status,
    });
  // ⚠ X has answered too-long text with 400 and with 403; both mean the same.
  if ((status === 400 || status === 403) && /too long/i.test(said))
    return new PlatformError(
      'x',
      'INVALID_CONTENT',
      'The text is longer than X allows (280 weighted characters)',
      {
        status,
      },
    );
  if (status === 403 && /deleted or not visible/i.test(said))
    return new PlatformError('x', 'NOT_FOUND', 'The post to reply to is deleted or not visible', { status });
  if (status === 400)
    return new PlatformError('x', 'INVALID_CONTENT', `X refused the request${said ? `: ${said}` : ''}`, {
      status,
    });
  if (status === 403)
    return new PlatformError('x', 'FORBIDDEN', `X refused the request${said ? `: ${said}` : ''}`, { status });
  return genericFailure('x', response, effect);
}

/** A 2xx whose body is not what was asked for: `errors[]` alone, or an unknown shape. */
function missingData(body: unknown, effect: 'read' | 'write', status: number): PlatformError {
  if (effect === 'write')
    return new PlatformError(
      'x',
      'UNKNOWN_OUTCOME',
      'X accepted the request but did not say what it created',
      {
        status,
      },
    );
  const first = ((body ?? {}) as XErrorBody).errors?.[0];
  const type = typeof first?.type === 'string' ? first.type : '';
  if (type.endsWith('/resource-not-found'))
    return new PlatformError('x', 'NOT_FOUND', 'Not found on X', { status });
  if (type.includes('/not-authorized'))
    return new PlatformError('x', 'FORBIDDEN', 'X does not allow this read', { status });
  return new PlatformError('x', 'UNAVAILABLE', 'X answered without the expected data', { status });
}

async function readBody(response: Response, effect: 'read' | 'write'): Promise<unknown> {
  try {
    return await readJson('x', response);
  } catch {
    // A refusal is understood from its status alone (a proxy's HTML 502, a cut-off 429).
    if (!response.ok) return undefined;
    if (effect === 'write')
      throw new PlatformError(
        'x',
        'UNKNOWN_OUTCOME',
        'The answer from X was lost; the request may have applied',
        {
          status: response.status,
        },
      );
    throw new PlatformError('x', 'UNAVAILABLE', 'The answer from X was unreadable', {
      status: response.status,
    });
  }
}

export async function callX<T>(ctx: XContext, call: XCall, schema: z.ZodType<T>): Promise<T> {
  const url = new URL(`${ctx.apiUrl}${call.path}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { authorization: `Bearer ${call.session.accessToken}` };
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  const response = await platformFetch(ctx.http, {
    platform: 'x',
    url: url.toString(),
    method: call.method ?? 'GET',
    headers,
    body: call.json !== undefined ? JSON.stringify(call.json) : call.form,
    effect: call.effect,
  });
  const body = await readBody(response, call.effect);
  if (!response.ok) throw xFailure(response, body, call.effect);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw missingData(body, call.effect, response.status);
  return parsed.data;
}
