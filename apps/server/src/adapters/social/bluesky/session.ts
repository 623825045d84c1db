// Bluesky sessions from a handle and an app password: createSession once (it is tightly rate
// limited, so callers keep and reuse the session), refreshSession to rotate both JWTs, and
// deleteSession to revoke. Expiry times come from the JWTs themselves; if a PDS ever issues
// opaque tokens, the expiry is simply unknown and an ExpiredToken answer still triggers a refresh.
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import { type HttpSettings, isLoopbackHttp } from '../http.js';
import type { AccountRef, SecretLogin, TokenSet } from '../port.js';
import { xrpcError, xrpcRaw } from './xrpc.js';

const APP_PASSWORD = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i;

const sessionSchema = z.object({
  did: z.string().startsWith('did:'),
  handle: z.string(),
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
  didDoc: z
    .object({
      service: z
        .array(z.object({ id: z.string(), type: z.string().optional(), serviceEndpoint: z.unknown() }))
        .optional(),
    })
    .optional(),
});
export type SessionAnswer = z.infer<typeof sessionSchema>;

function jwtFacts(token: string): { expiresAt?: Date; scope?: string } {
  try {
    const claims = decodeJwt(token);
    return {
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined,
      scope: typeof claims.scope === 'string' ? claims.scope : undefined,
    };
  } catch {
    return {};
  }
}

export function tokenSet(answer: SessionAnswer): TokenSet {
  const access = jwtFacts(answer.accessJwt);
  return {
    accessToken: answer.accessJwt,
    refreshToken: answer.refreshJwt,
    expiresAt: access.expiresAt,
    refreshTokenExpiresAt: jwtFacts(answer.refreshJwt).expiresAt,
    scopes: access.scope ? [access.scope] : [],
  };
}

/** The account's own PDS from its DID document (what the SDK switches to), else the service used. */
export function pdsOf(answer: SessionAnswer, fallback: string): string {
  const service = answer.didDoc?.service?.find(
    (s) => s.id.endsWith('#atproto_pds') && (s.type === undefined || s.type === 'AtprotoPersonalDataServer'),
  );
  if (typeof service?.serviceEndpoint !== 'string') return fallback;
  try {
    const url = new URL(service.serviceEndpoint);
    const safe = url.protocol === 'https:' || isLoopbackHttp(url.href);
    return safe ? url.toString().replace(/\/+$/, '') : fallback;
  } catch {
    return fallback;
  }
}

function parseSession(body: unknown): SessionAnswer {
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success)
    throw new PlatformError('bluesky', 'UNAVAILABLE', 'Unexpected session answer from Bluesky');
  return parsed.data;
}

export async function createSession(
  settings: HttpSettings,
  serviceUrl: string,
  login: SecretLogin,
): Promise<{ answer: SessionAnswer; account: AccountRef }> {
  const identifier = login.identifier?.trim().replace(/^@/, '');
  if (!identifier) throw new PlatformError('bluesky', 'INVALID_GRANT', 'A Bluesky handle is required');
  // Refusing the account password here keeps full-access credentials out of the app.
  if (!APP_PASSWORD.test(login.secret.trim()))
    throw new PlatformError('bluesky', 'INVALID_GRANT', 'Use a Bluesky app password (xxxx-xxxx-xxxx-xxxx)');
  const base = (login.serverUrl ?? serviceUrl).replace(/\/+$/, '');
  const result = await xrpcRaw(settings, base, {
    nsid: 'com.atproto.server.createSession',
    method: 'POST',
    input: { identifier, password: login.secret.trim() },
    effect: 'read',
  });
  if (!result.ok) {
    if (
      result.status === 401 ||
      result.error === 'AuthenticationRequired' ||
      result.error === 'AuthFactorTokenRequired'
    )
      throw new PlatformError('bluesky', 'INVALID_GRANT', 'Bluesky refused this handle and app password', {
        status: result.status,
      });
    throw xrpcError(result, 'read');
  }
  const answer = parseSession(result.body);
  return { answer, account: { id: answer.did, serverUrl: pdsOf(answer, base) } };
}

/** Rotates both tokens: the old refresh token is dead once this succeeds, so persist the new set. */
export async function refreshSession(
  settings: HttpSettings,
  base: string,
  refreshToken: string,
): Promise<SessionAnswer> {
  const result = await xrpcRaw(settings, base, {
    nsid: 'com.atproto.server.refreshSession',
    method: 'POST',
    token: refreshToken,
    effect: 'write',
  });
  if (result.ok) return parseSession(result.body);
  if (result.status === 400 || result.status === 401)
    throw new PlatformError(
      'bluesky',
      'INVALID_GRANT',
      'Bluesky refused the refresh token; reconnect the account',
      {
        status: result.status,
      },
    );
  throw xrpcError(result, 'write');
}

/** Revokes the refresh token; an already dead session is nothing to revoke. */
export async function deleteSession(
  settings: HttpSettings,
  base: string,
  refreshToken: string,
): Promise<void> {
  const result = await xrpcRaw(settings, base, {
    nsid: 'com.atproto.server.deleteSession',
    method: 'POST',
    token: refreshToken,
    effect: 'write',
  });
  if (result.ok || result.status === 400 || result.status === 401) return;
  throw xrpcError(result, 'write');
}
