// What every authenticated api.x.com call goes through, in X's order: the bearer token (401), the
// scopes (403), injected faults, then the per-user 15-minute and per-app 24-hour windows whose
// x-rate-limit-* / x-app-limit-24hour-* headers ride on every answer. A `timeout` fault applies the
// request and then never answers, which is what makes a publish's outcome unknown to the caller.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearer, hangThenDrop } from '../responses.js';
import type { SocialState } from '../state.js';
import type { Account, SocialFault, Token } from '../types.js';
import {
  duplicate,
  forbidden,
  rateLimited,
  sendX,
  serviceUnavailable,
  unauthorized,
  type XReply,
} from './shapes.js';

export interface ApiContext {
  state: SocialState;
  req: IncomingMessage;
  url: URL;
  account: Account;
  token: Token;
  /** Path parameters, in order (":id"). */
  params: string[];
}

export interface RateLimit {
  /** Counter name, unique per endpoint. */
  name: string;
  per: 'user' | 'app';
  limit: number;
  windowSeconds: number;
  /** `x-rate-limit` for the 15-minute window, `x-app-limit-24hour` for the app's daily cap. */
  header: 'x-rate-limit' | 'x-app-limit-24hour';
}

export interface ApiRoute {
  method: string;
  pattern: RegExp;
  /** `publish` routes also consume faults queued with operation "publish". */
  operation: 'publish' | 'read';
  scopes: string[];
  /** The first one is reported in x-rate-limit-*. */
  limits: RateLimit[];
  handle(ctx: ApiContext): Promise<XReply> | XReply;
}

const FIFTEEN_MINUTES = 900;

export const perUser = (name: string, limit: number): RateLimit => ({
  name,
  per: 'user',
  limit,
  windowSeconds: FIFTEEN_MINUTES,
  header: 'x-rate-limit',
});

export const perAppDaily = (name: string, limit: number): RateLimit => ({
  name,
  per: 'app',
  limit,
  windowSeconds: 86_400,
  header: 'x-app-limit-24hour',
});

function windowHeaders(prefix: string, limit: number, remaining: number, resetAtMs: number) {
  return {
    [`${prefix}-limit`]: String(limit),
    [`${prefix}-remaining`]: String(remaining),
    [`${prefix}-reset`]: String(Math.ceil(resetAtMs / 1000)),
  };
}

function countHits(state: SocialState, route: ApiRoute, ctx: ApiContext) {
  let headers: Record<string, string> = {};
  let limited = false;
  for (const rule of route.limits) {
    const who = rule.per === 'user' ? ctx.account.id : ctx.token.clientId;
    const hit = state.hit(`x:${rule.name}:${rule.per}:${who}`, rule.limit, rule.windowSeconds);
    headers = { ...headers, ...windowHeaders(rule.header, hit.limit, hit.remaining, hit.resetAt) };
    limited ||= hit.limited;
  }
  return { headers, limited };
}

/** The real answer a fault stands for; `timeout` (and `duplicate` on reads) answer normally first. */
function faultReply(state: SocialState, fault: SocialFault, route: ApiRoute, ctx: ApiContext) {
  switch (fault.kind) {
    case 'rate_limit': {
      const limit = route.limits[0]?.limit ?? 0;
      const resetAt = state.now() + fault.retryAfterSeconds * 1000;
      return rateLimited(windowHeaders('x-rate-limit', limit, 0, resetAt));
    }
    case 'server_error':
      return serviceUnavailable();
    case 'token_expired':
      state.expireAccess('x', ctx.account.id);
      return unauthorized();
    case 'revoked':
      // The user removed the app in their X settings: every token of theirs for it dies.
      state.revokeWhere(
        (t) => t.platform === 'x' && t.accountId === ctx.account.id && t.clientId === ctx.token.clientId,
      );
      return unauthorized();
    case 'duplicate':
      return route.operation === 'publish' ? duplicate() : undefined;
    default:
      return undefined;
  }
}

export async function serveApi(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  route: ApiRoute,
  params: string[],
): Promise<void> {
  const auth = state.checkAccess('x', bearer(req));
  if (!auth.ok) return sendX(state, res, unauthorized());
  if (!route.scopes.every((scope) => auth.token.scopes.includes(scope)))
    return sendX(state, res, forbidden('You are not permitted to perform this action.'));
  const ctx: ApiContext = { state, req, url, account: auth.account, token: auth.token, params };
  const fault = state.takeFault('x', route.operation);
  const faulted = fault && faultReply(state, fault, route, ctx);
  // Token faults and the injected 429 answer before X counts the request; the rest count.
  if (faulted && (faulted.status === 401 || faulted.status === 429)) return sendX(state, res, faulted);
  const { headers, limited } = countHits(state, route, ctx);
  if (faulted) return sendX(state, res, { ...faulted, headers: { ...headers, ...faulted.headers } });
  if (limited) return sendX(state, res, rateLimited(headers));
  const reply = await route.handle(ctx);
  if (fault?.kind === 'timeout') return hangThenDrop(res, fault.latencyMs);
  sendX(state, res, { ...reply, headers: { ...headers, ...reply.headers } });
}
