// Bluesky app-password sessions: createSession (tightly rate limited per identifier), refreshSession
// (rotates both JWTs; the old refresh token is dead), deleteSession and getSession. Sandbox rule: the
// first login of a handle registers the app password it used; later logins must repeat it.
import { createHmac } from 'node:crypto';
import { readJson } from '../../http.js';
import { bearer } from '../responses.js';
import { randomId, s256 } from '../state.js';
import type { Account, Token } from '../types.js';
import {
  didOf,
  ok,
  pdsUrl,
  rateLimited,
  spendPoints,
  type XrpcAnswer,
  type XrpcContext,
  xrpcError,
} from './xrpc.js';

const ACCESS_TTL_SECONDS = 2 * 3600;
const REFRESH_TTL_SECONDS = 90 * 86_400;
const APP_PASSWORD = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/;
const HANDLE = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Signs the emulator's JWTs; tokens are checked by lookup, so a per-process key is enough. */
const SIGNING_KEY = randomId(32);

const badLogin = () => xrpcError(401, 'AuthenticationRequired', 'Invalid identifier or password');

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(payload: Record<string, unknown>): string {
  const unsigned = `${b64url({ typ: payload.scope === 'com.atproto.refresh' ? 'refresh+jwt' : 'at+jwt', alg: 'HS256' })}.${b64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', SIGNING_KEY).update(unsigned).digest('base64url')}`;
}

/** A handle as typed ("@Ada.bsky.social"), or the sandbox handle an email login maps to. */
function handleFor(identifier: string): string | undefined {
  const value = identifier.trim().toLowerCase().replace(/^@/, '');
  if (EMAIL.test(value)) return `${(value.split('@')[0] ?? '').replace(/[^a-z0-9-]/g, '-')}.bsky.social`;
  return HANDLE.test(value) && value.length <= 253 ? value : undefined;
}

function issuePair(ctx: XrpcContext, account: Account, family: string) {
  const did = didOf(account);
  const aud = `did:web:${new URL(pdsUrl(ctx.state)).hostname}`;
  const base = { platform: 'bluesky' as const, clientId: 'app-password', accountId: account.id, family };
  const claims = (token: Omit<Token, 'token'>, scope: string) => ({
    scope,
    sub: did,
    aud,
    jti: randomId(18),
    iat: Math.floor(ctx.state.now() / 1000),
    exp: Math.floor((token.expiresAt ?? 0) / 1000),
  });
  const access = ctx.state.issueToken(
    { ...base, kind: 'access', scopes: ['com.atproto.appPass'] },
    ACCESS_TTL_SECONDS,
    (t) => jwt(claims(t, 'com.atproto.appPass')),
  );
  const refresh = ctx.state.issueToken(
    { ...base, kind: 'refresh', scopes: ['com.atproto.refresh'] },
    REFRESH_TTL_SECONDS,
    (t) => jwt(claims(t, 'com.atproto.refresh')),
  );
  return { accessJwt: access.token, refreshJwt: refresh.token };
}

export function sessionView(ctx: XrpcContext, account: Account) {
  const did = didOf(account);
  return {
    did,
    handle: account.handle,
    didDoc: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      alsoKnownAs: [`at://${account.handle}`],
      verificationMethod: [
        { id: `${did}#atproto`, type: 'Multikey', controller: did, publicKeyMultibase: `zQ3sh${account.id}` },
      ],
      service: [
        { id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: pdsUrl(ctx.state) },
      ],
    },
    emailConfirmed: true,
    active: true,
  };
}

export async function createSession(ctx: XrpcContext): Promise<XrpcAnswer> {
  const body = (await readJson(ctx.req)) as { identifier?: unknown; password?: unknown };
  if (typeof body.identifier !== 'string' || typeof body.password !== 'string')
    return xrpcError(400, 'InvalidRequest', 'Input must have the properties "identifier" and "password"');
  const handle = handleFor(body.identifier);
  // The PDS limits logins per identifier: 30 per 5 minutes and 300 per day.
  const limit = spendPoints(ctx.state, `createSession:${handle ?? body.identifier}`, 1, [
    { limit: 30, seconds: 300 },
    { limit: 300, seconds: 86_400 },
  ]);
  if (limit.limited) return rateLimited(limit.headers);
  if (!handle) return badLogin();
  const existing = ctx.state.accounts.find((a) => a.platform === 'bluesky' && a.handle === handle);
  if (existing?.secret ? existing.secret !== s256(body.password) : !APP_PASSWORD.test(body.password))
    return badLogin();
  const account = existing ?? ctx.state.account('bluesky', handle);
  if (!account.secret) {
    account.secret = s256(body.password);
    ctx.state.onChange();
  }
  return ok({ ...issuePair(ctx, account, randomId()), ...sessionView(ctx, account) }, limit.headers);
}

/** The refresh JWT in the Authorization header, or the PDS's answer when it is unusable. */
function liveRefresh(ctx: XrpcContext): { token: Token; account: Account } | XrpcAnswer {
  const value = bearer(ctx.req);
  if (!value) return xrpcError(401, 'AuthMissing', 'Authentication Required');
  const token = ctx.state.findToken('bluesky', value, 'refresh');
  const account = token && ctx.state.accountById('bluesky', token.accountId);
  if (!token || !account) return xrpcError(400, 'InvalidToken', 'Invalid token type');
  if (token.revoked || token.used) return xrpcError(401, 'ExpiredToken', 'Token has been revoked');
  if ((token.expiresAt ?? 0) <= ctx.state.now()) return xrpcError(400, 'ExpiredToken', 'Token has expired');
  return { token, account };
}

export async function refreshSession(ctx: XrpcContext): Promise<XrpcAnswer> {
  const live = liveRefresh(ctx);
  if ('status' in live) return live;
  live.token.used = true;
  live.token.revoked = true;
  const pair = issuePair(ctx, live.account, live.token.family);
  return ok({ ...pair, ...sessionView(ctx, live.account) });
}

/** Revokes the refresh token; access JWTs stay valid until they expire, as on the real PDS. */
export async function deleteSession(ctx: XrpcContext): Promise<XrpcAnswer> {
  const live = liveRefresh(ctx);
  if ('status' in live) return live;
  live.token.revoked = true;
  ctx.state.onChange();
  return ok();
}

export async function getSession(ctx: XrpcContext): Promise<XrpcAnswer> {
  return ok(sessionView(ctx, ctx.account as Account));
}
