// The plumbing of an emulated Mastodon instance: answers as values (so a `timeout` fault can apply
// a request and withhold its answer), form/JSON bodies with Rails-style arrays, bearer tokens with
// scopes, the 300-requests-per-5-minutes limit with X-RateLimit-* headers (ISO reset), faults, ids.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadJson, sendJson } from '../../http.js';
import { bearer, readRaw } from '../responses.js';
import type { SocialState } from '../state.js';
import type { Account, SocialFault, Token } from '../types.js';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MastoContext {
  state: SocialState;
  req: IncomingMessage;
  url: URL;
  /** The instance host (the request's Host): accounts, apps and tokens belong to one instance. */
  host: string;
  /** The request path ("/api/v1/statuses"). */
  path: string;
  account?: Account;
  token?: Token;
  rateHeaders: Record<string, string>;
}

export const answer = (status: number, body?: unknown, headers?: Record<string, string>): Answer => ({
  status,
  body,
  headers,
});
export const mastoError = (status: number, error: string) => answer(status, { error });
export const notFound = () => mastoError(404, 'Record not found');
export const validationFailed = (message: string) => mastoError(422, `Validation failed: ${message}`);

export function send(res: ServerResponse, ctx: MastoContext, result: Answer): void {
  sendJson(res, result.status, result.body ?? {}, { ...ctx.rateHeaders, ...result.headers });
}

export const instanceUrl = (ctx: Pick<MastoContext, 'state' | 'host'>) => `http://${ctx.host}`;

export type Body = Record<string, string | string[]>;

function jsonBody(text: string): Body {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    throw new BadJson('body is not JSON');
  }
  const body: Body = {};
  for (const [key, value] of Object.entries((parsed ?? {}) as Record<string, unknown>))
    if (value !== null && value !== undefined)
      body[key] = Array.isArray(value) ? value.map(String) : String(value);
  return body;
}

/** Form (with `key[]` arrays) or JSON, flattened to strings and string arrays like Rails params. */
export async function readBody(req: IncomingMessage): Promise<Body> {
  const text = (await readRaw(req)).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return jsonBody(text);
  const body: Body = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const key = rawKey.replace(/\[\]$/, '');
    if (rawKey.endsWith('[]')) body[key] = [...((body[key] as string[] | undefined) ?? []), value];
    else body[key] = value;
  }
  return body;
}

export const field = (body: Body, key: string): string | undefined => {
  const value = body[key];
  return Array.isArray(value) ? value[0] : value;
};
export const list = (body: Body, key: string): string[] => {
  const value = body[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : value.split(/[\s,]+/).filter(Boolean);
};

/** `read` grants every `read:…` scope, and likewise for `write`. */
export function grants(scopes: string[], needed: string): boolean {
  return scopes.some((s) => s === needed || needed.startsWith(`${s}:`));
}

/** Checks the bearer token for this instance and scope; records the rate-limit headers. */
export function authenticate(ctx: MastoContext, scope: string): Answer | undefined {
  const status = ctx.state.checkAccess('mastodon', bearer(ctx.req));
  if (!status.ok || status.account.server !== ctx.host) return mastoError(401, 'The access token is invalid');
  ctx.account = status.account;
  ctx.token = status.token;
  const hit = ctx.state.hit(`mastodon:${ctx.host}:${status.account.id}`, 300, 300);
  ctx.rateHeaders = rateHeaders(hit.limit, hit.remaining, hit.resetAt);
  if (hit.limited) return mastoError(429, 'Too many requests');
  if (!grants(status.token.scopes, scope))
    return mastoError(403, 'This action is outside the authorized scopes');
  return undefined;
}

/** Mastodon writes the reset as an ISO 8601 timestamp with microseconds. */
export function rateHeaders(limit: number, remaining: number, resetAt: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': new Date(resetAt).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z'),
  };
}

/** Extra per-action limits (media uploads, deletions: 30 per 30 minutes). */
export function actionLimit(ctx: MastoContext, action: string): Answer | undefined {
  const hit = ctx.state.hit(`mastodon:${ctx.host}:${ctx.account?.id}:${action}`, 30, 1800);
  if (!hit.limited) return undefined;
  ctx.rateHeaders = rateHeaders(hit.limit, hit.remaining, hit.resetAt);
  return mastoError(429, 'Too many requests');
}

/** An injected fault answered as Mastodon would; `timeout` is left to the caller (apply, then hang). */
export function faultAnswer(ctx: MastoContext, fault: SocialFault): Answer | undefined {
  switch (fault.kind) {
    case 'rate_limit':
      ctx.rateHeaders = rateHeaders(300, 0, ctx.state.now() + fault.retryAfterSeconds * 1000);
      return mastoError(429, 'Too many requests');
    case 'server_error':
      return mastoError(503, 'There was a temporary problem serving your request, please try again');
    case 'token_expired':
    case 'revoked': {
      // Mastodon tokens do not expire: either way the token is gone.
      const token = ctx.token;
      if (token) ctx.state.revokeWhere((t) => t.token === token.token);
      return mastoError(401, 'The access token is invalid');
    }
    case 'duplicate':
      return validationFailed('Text looks like a duplicate of a status you posted recently');
    default:
      return undefined;
  }
}

let lastSnowflake = 0n;

/**
 * Snowflake-like ids (milliseconds << 16 | sequence), as decimal strings. Mastodon's sequence counts
 * up within a millisecond, so statuses of the same millisecond still sort in the order they were made.
 */
export function snowflake(nowMs: number): string {
  let id = (BigInt(nowMs) << 16n) | BigInt(Math.floor(Math.random() * 32_768));
  if (id >> 16n === lastSnowflake >> 16n && id <= lastSnowflake) id = lastSnowflake + 1n;
  lastSnowflake = id;
  return id.toString();
}

/** The numeric id of an emulated account, stable across restarts. */
export function accountIdOf(account: Account): string {
  const hash = createHash('sha256').update(`mastodon-id:${account.id}`).digest();
  return (100_000_000_000_000_000n + (hash.readBigUInt64BE(0) % 800_000_000_000_000_000n)).toString();
}
