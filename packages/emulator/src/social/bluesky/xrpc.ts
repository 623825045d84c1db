// The XRPC plumbing of the emulated Bluesky PDS: answers as values (so a `timeout` fault can apply a
// request and then withhold its answer), the PDS's error bodies, bearer checks on the adjustable
// clock, write-point rate limits with RateLimit-* headers, and identifiers (DIDs, CIDs, TIDs).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http.js';
import { bearer, sendEmpty } from '../responses.js';
import type { SocialState } from '../state.js';
import type { Account, SocialFault } from '../types.js';

export interface XrpcAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface XrpcContext {
  state: SocialState;
  req: IncomingMessage;
  url: URL;
  /** The authenticated account, for routes that need an access token. */
  account?: Account;
  did?: string;
}

export const ok = (body?: unknown, headers?: Record<string, string>): XrpcAnswer => ({
  status: 200,
  body,
  headers,
});

export function xrpcError(
  status: number,
  error: string,
  message: string,
  headers?: Record<string, string>,
): XrpcAnswer {
  return { status, body: { error, message }, headers };
}

export const invalidRequest = (message: string) => xrpcError(400, 'InvalidRequest', message);

export function sendXrpc(res: ServerResponse, answer: XrpcAnswer): void {
  if (answer.body === undefined) sendEmpty(res, answer.status, answer.headers);
  else sendJson(res, answer.status, answer.body, answer.headers);
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32, lower case, no padding: the alphabet of did:plc identifiers and CIDv1 strings. */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** A stable did:plc for an emulated account (24 base32 characters, like the real ones). */
export function didOf(account: Account): string {
  return `did:plc:${base32(createHash('sha256').update(`did:${account.id}`).digest()).slice(0, 24)}`;
}

export function accountByDidOrHandle(state: SocialState, actor: string): Account | undefined {
  const wanted = actor.toLowerCase().replace(/^@/, '');
  return state.accounts.find((a) => a.platform === 'bluesky' && (a.handle === wanted || didOf(a) === actor));
}

/** CIDv1 with a sha-256 multihash: codec 0x71 (dag-cbor) for records, 0x55 (raw) for blobs. */
export function cidOf(content: Uint8Array | string, codec: 0x71 | 0x55): string {
  const digest = createHash('sha256').update(content).digest();
  return `b${base32(Uint8Array.from([0x01, codec, 0x12, 0x20, ...digest]))}`;
}

/** Record keys of app.bsky.feed.post are TIDs: 13 sortable base32 characters. */
export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

let lastTid = 0n;

/** Like the PDS's TIDs, each later than the last, so records sort in the order they were written. */
export function newTid(nowMs: number): string {
  let value = (BigInt(nowMs) * 1000n + BigInt(Math.floor(Math.random() * 1000))) << 10n;
  value |= BigInt(Math.floor(Math.random() * 1024));
  if (value <= lastTid && value >> 10n >= (lastTid >> 10n) - 1000n) value = lastTid + 1n;
  lastTid = value;
  let out = '';
  for (let i = 0; i < 13; i += 1) {
    out = TID_ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

export function pdsUrl(state: SocialState): string {
  return state.origin('bluesky');
}

/** Checks the access JWT the way the PDS does: expired is a 400, anything else unusable a 401. */
export function authenticate(ctx: XrpcContext): XrpcAnswer | undefined {
  const token = bearer(ctx.req);
  if (!token) return xrpcError(401, 'AuthMissing', 'Authentication Required');
  const status = ctx.state.checkAccess('bluesky', token);
  if (status.ok) {
    ctx.account = status.account;
    ctx.did = didOf(status.account);
    return undefined;
  }
  if (status.reason === 'expired') return xrpcError(400, 'ExpiredToken', 'Token has expired');
  if (status.reason === 'revoked') return xrpcError(401, 'InvalidToken', 'Token has been revoked');
  return xrpcError(401, 'InvalidToken', 'Token could not be verified');
}

function rateHeaders(limit: number, remaining: number, resetAt: number, windowSeconds: number) {
  return {
    'ratelimit-limit': String(limit),
    'ratelimit-remaining': String(remaining),
    'ratelimit-reset': String(Math.ceil(resetAt / 1000)),
    'ratelimit-policy': `${limit};w=${windowSeconds}`,
  };
}

export const rateLimited = (headers: Record<string, string>) =>
  xrpcError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', headers);

/**
 * Spends points against several windows (the PDS's repo-write limits: 5,000 points an hour and
 * 35,000 a day per account) and reports the tightest one in the headers.
 */
export function spendPoints(
  state: SocialState,
  key: string,
  cost: number,
  windows: { limit: number; seconds: number }[],
): { limited: boolean; headers: Record<string, string> } {
  let tightest: { headers: Record<string, string>; remaining: number } | undefined;
  let limited = false;
  for (const window of windows) {
    const hit = state.hit(`bluesky:${key}:${window.seconds}`, window.limit, window.seconds, cost);
    limited ||= hit.limited;
    if (!tightest || hit.remaining < tightest.remaining)
      tightest = {
        remaining: hit.remaining,
        headers: rateHeaders(hit.limit, hit.remaining, hit.resetAt, window.seconds),
      };
  }
  return { limited, headers: tightest?.headers ?? {} };
}

/**
 * The injected fault for this request, answered the way the PDS would answer that failure.
 * `duplicate` changes nothing: Bluesky has no duplicate-content check, so the post goes through.
 */
export function faultAnswer(ctx: XrpcContext, fault: SocialFault): XrpcAnswer | undefined {
  const { state, account } = ctx;
  switch (fault.kind) {
    case 'rate_limit': {
      const resetAt = state.now() + fault.retryAfterSeconds * 1000;
      return rateLimited(rateHeaders(5000, 0, resetAt, 3600));
    }
    case 'server_error':
      return xrpcError(500, 'InternalServerError', 'Internal Server Error');
    case 'token_expired':
      if (account) state.expireAccess('bluesky', account.id);
      return xrpcError(400, 'ExpiredToken', 'Token has expired');
    case 'revoked':
      if (account) state.revokeWhere((t) => t.platform === 'bluesky' && t.accountId === account.id);
      return xrpcError(401, 'InvalidToken', 'Token has been revoked');
    default:
      return undefined;
  }
}
