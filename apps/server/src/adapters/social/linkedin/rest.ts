// Calls to LinkedIn's API with the headers every /rest call needs (LinkedIn-Version,
// X-Restli-Protocol-Version 2.0.0), and every failure turned into a PlatformError from LinkedIn's
// own error bodies (401 revoked vs expired, 422 DUPLICATE_POST, 426 retired version, 429 quota).
import type { z } from 'zod';
import { PlatformError } from '../errors.js';
import { genericFailure, type HttpSettings, platformFetch, readJson, retryAfterSeconds } from '../http.js';
import type { Session } from '../port.js';

export interface LinkedInSettings {
  /** www.linkedin.com (OAuth, post pages). */
  authUrl: string;
  /** api.linkedin.com. */
  apiUrl: string;
  /** LinkedIn-Version, YYYYMM. LinkedIn retires each version after about a year. */
  apiVersion: string;
  http: HttpSettings;
  /** OAuth scopes to ask for; see LINKEDIN_SCOPES. */
  scopes?: string[];
}

/** What LinkedIn's errors look like (fields vary by error kind). */
interface LinkedInErrorBody {
  status?: number;
  serviceErrorCode?: number;
  code?: string;
  message?: string;
  errorDetails?: { inputErrors?: { code?: string; description?: string }[] };
}

const REVOKED_SERVICE_CODE = 65601;

export const trimUrl = (url: string) => url.replace(/\/+$/, '');

export const postUrl = (settings: LinkedInSettings, urn: string) =>
  `${trimUrl(settings.authUrl)}/feed/update/${urn}`;

function secondsToUtcMidnight(now = new Date()): number {
  const next = new Date(now);
  next.setUTCHours(24, 0, 0, 0);
  return Math.ceil((next.getTime() - now.getTime()) / 1000);
}

/** Vendor text is shortened and stripped of anything token-like before it reaches a message. */
const vendorText = (text: string | undefined) =>
  (text ?? '').replace(/\b[A-Za-z0-9_-]{40,}\b/g, '…').slice(0, 200);

export async function linkedInFailure(
  response: Response,
  effect: 'read' | 'write',
  settings: LinkedInSettings,
): Promise<PlatformError> {
  const status = response.status;
  const body = await readJson<LinkedInErrorBody>('linkedin', response).catch(() => ({}) as LinkedInErrorBody);
  const input = body.errorDetails?.inputErrors?.[0];
  if (status === 401)
    return body.serviceErrorCode === REVOKED_SERVICE_CODE || body.code === 'REVOKED_ACCESS_TOKEN'
      ? new PlatformError('linkedin', 'REVOKED', 'The member revoked access on LinkedIn', { status })
      : new PlatformError(
          'linkedin',
          'TOKEN_EXPIRED',
          'LinkedIn refused the access token (expired or invalid)',
          {
            status,
          },
        );
  if (status === 422 && input?.code === 'DUPLICATE_POST') {
    // "Content is a duplicate of urn:li:share:…": the one way to learn which post went out.
    const existing = /urn:li:(?:share|ugcPost):\d+/.exec(body.message ?? '')?.[0];
    return new PlatformError(
      'linkedin',
      'DUPLICATE',
      'LinkedIn refused the post as a duplicate of an earlier one',
      {
        status,
        existingPostId: existing,
        existingPostUrl: existing && postUrl(settings, existing),
      },
    );
  }
  if (status === 426)
    return new PlatformError(
      'linkedin',
      'UNAVAILABLE',
      `LinkedIn no longer serves API version ${settings.apiVersion} (the LinkedIn-Version header): configure a newer one`,
      { status },
    );
  if (status === 429)
    return new PlatformError(
      'linkedin',
      'RATE_LIMITED',
      'LinkedIn daily quota reached (it resets at midnight UTC)',
      {
        status,
        // LinkedIn documents no rate-limit header: its quotas are daily, reset at midnight UTC.
        retryAfterSeconds: retryAfterSeconds(response.headers) ?? secondsToUtcMidnight(),
      },
    );
  if (status === 403)
    return new PlatformError('linkedin', 'FORBIDDEN', `LinkedIn refused: ${vendorText(body.message)}`, {
      status,
    });
  if (status === 400 || status === 422)
    return new PlatformError(
      'linkedin',
      'INVALID_CONTENT',
      `LinkedIn refused the request: ${vendorText(input?.description ?? body.message)}`,
      { status },
    );
  return genericFailure('linkedin', response, effect);
}

export interface RestCall {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Path and query under the API host, e.g. `/rest/posts?q=author&…`. */
  path: string;
  body?: unknown;
  effect: 'read' | 'write';
  /** Unversioned routes (/v2/userinfo) take no LinkedIn-Version. */
  versioned?: boolean;
  headers?: Record<string, string>;
}

/** One API call; resolves to the successful Response, throws PlatformError otherwise. */
export async function linkedInRequest(
  settings: LinkedInSettings,
  session: Session,
  call: RestCall,
): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${session.accessToken}`,
    accept: 'application/json',
    ...(call.versioned === false
      ? {}
      : { 'linkedin-version': settings.apiVersion, 'x-restli-protocol-version': '2.0.0' }),
    ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...call.headers,
  };
  const response = await platformFetch(settings.http, {
    platform: 'linkedin',
    url: `${trimUrl(settings.apiUrl)}${call.path}`,
    method: call.method ?? 'GET',
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    effect: call.effect,
  });
  if (!response.ok) throw await linkedInFailure(response, call.effect, settings);
  return response;
}

/** A successful JSON answer checked against what the adapter relies on. */
export async function linkedInJson<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  const parsed = schema.safeParse(await readJson('linkedin', response));
  if (!parsed.success)
    throw new PlatformError('linkedin', 'UNAVAILABLE', `LinkedIn answered ${what} in an unexpected shape`);
  return parsed.data;
}
