// X's wire shapes: the exact bodies api.x.com answers (problem JSON, the v1-style 429, the partial
// errors[] of a 200, OAuth errors), snowflake ids, and the one function that writes a reply with
// X's headers. Every X route returns an XReply so faults can apply a request and then hang.
import { randomInt } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { SocialState } from '../state.js';

export interface XReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** X's epoch for snowflake ids (2010-11-04T01:42:54.657Z). */
const TWITTER_EPOCH_MS = 1_288_834_974_657;

let lastSnowflake = 0n;

/**
 * A snowflake like X's: milliseconds since X's epoch in the high bits, so ids sort by time. Within one
 * millisecond X's sequence bits count up, so two tweets of the same millisecond still sort in the
 * order they were made (search and timelines order by id).
 */
export function snowflake(nowMs: number): string {
  let id = (BigInt(nowMs - TWITTER_EPOCH_MS) << 22n) | BigInt(randomInt(0, 2 ** 21));
  if (id >> 22n === lastSnowflake >> 22n && id <= lastSnowflake) id = lastSnowflake + 1n;
  lastSnowflake = id;
  return id.toString();
}

export const isSnowflake = (value: string) => /^[0-9]{1,19}$/.test(value);

const problem = (status: number, title: string, detail: string): XReply => ({
  status,
  body: { title, type: 'about:blank', status, detail },
});

/** Expired, revoked, malformed or missing bearer token: X cannot tell which. */
export const unauthorized = (): XReply => problem(401, 'Unauthorized', 'Unauthorized');

export const forbidden = (detail: string): XReply => ({
  status: 403,
  body: { detail, type: 'about:blank', title: 'Forbidden', status: 403 },
});

export const DUPLICATE_DETAIL = 'You are not allowed to create a Tweet with duplicate content.';
export const duplicate = (): XReply => forbidden(DUPLICATE_DETAIL);

export const TOO_LONG_MESSAGE =
  'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.';

/**
 * ⚠ The v1.1-style body: X v2 has also been seen answering 429 with problem JSON
 * `{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}`.
 * Clients must go by the status and the x-rate-limit-* headers, never by this body.
 */
export const rateLimited = (headers: Record<string, string>): XReply => ({
  status: 429,
  body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
  headers,
});

export const serviceUnavailable = (): XReply => problem(503, 'Service Unavailable', 'Service Unavailable');

/** 400 for a parameter X refuses, naming the parameter the way X does. */
export function invalidRequest(message: string, parameter?: string, value?: string): XReply {
  return {
    status: 400,
    body: {
      errors: [{ parameters: parameter ? { [parameter]: [value ?? ''] } : {}, message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
  };
}

/**
 * The entry of a 200's partial `errors[]` for a resource that does not exist (or is deleted). X names
 * the query parameter the id came from: `id` for a path id, `ids` for a list lookup.
 */
export function notFoundError(
  resource: 'tweet' | 'user',
  id: string,
  parameter: 'id' | 'ids' = 'id',
): Record<string, string> {
  return {
    value: id,
    detail: `Could not find ${resource} with ${parameter}: [${id}].`,
    title: 'Not Found Error',
    resource_type: resource,
    parameter,
    resource_id: id,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}

/** The entry of a 200's partial `errors[]` for a field the caller may not see (non_public_metrics). */
export function fieldAuthorizationError(field: string, id: string): Record<string, string> {
  return {
    value: id,
    detail: `Sorry, you are not authorized to access '${field}' on the Tweet with ids: ${id}.`,
    title: 'Field Authorization Error',
    resource_type: 'tweet',
    field,
    parameter: 'tweet.fields',
    resource_id: id,
    type: 'https://api.twitter.com/2/problems/not-authorized-for-field',
  };
}

/** OAuth endpoint errors are RFC 6749 JSON, not problem JSON. */
export const oauthError = (status: number, error: string, description: string): XReply => ({
  status,
  body: { error, error_description: description },
  headers: { 'cache-control': 'no-store' },
});

function contentType(body: unknown): string {
  const shape = body as { type?: unknown; title?: unknown };
  return typeof shape?.type === 'string' && typeof shape?.title === 'string'
    ? 'application/problem+json; charset=utf-8'
    : 'application/json; charset=utf-8';
}

/** Writes a reply; `date` is the emulator's clock so clients can measure resets against it. */
export function sendX(state: SocialState, res: ServerResponse, reply: XReply): void {
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    date: new Date(state.now()).toUTCString(),
    'content-type': contentType(reply.body),
    'content-length': String(Buffer.byteLength(payload)),
    ...reply.headers,
  });
  res.end(payload);
}
