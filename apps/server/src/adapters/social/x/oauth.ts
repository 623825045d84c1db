// X's OAuth 2.0 (authorization code + PKCE S256) through oauth4webapi: the authorization URL, the
// code exchange, refresh and revocation. Confidential apps authenticate with HTTP Basic, public
// ones with client_id in the body. X's refresh tokens are single-use and rotate: the caller must
// persist the returned refresh token BEFORE using the new access token, because presenting the old
// one again makes X revoke the whole chain. A refused refresh therefore means REVOKED (reconnect).
import * as oauth from 'oauth4webapi';
import { PlatformError } from '../errors.js';
import { oauthRequestOptions } from '../http.js';
import type { AuthorizationRequest, CodeExchange, OAuthApp, Session, TokenSet } from '../port.js';
import type { XContext } from './api.js';

export const X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'];

function server(ctx: XContext): oauth.AuthorizationServer {
  return {
    // X publishes no discovery document; the issuer is only an identifier here.
    issuer: ctx.authUrl,
    authorization_endpoint: `${ctx.authUrl}/i/oauth2/authorize`,
    token_endpoint: `${ctx.apiUrl}/2/oauth2/token`,
    revocation_endpoint: `${ctx.apiUrl}/2/oauth2/revoke`,
  };
}

const clientAuth = (app: OAuthApp) =>
  app.clientSecret ? oauth.ClientSecretBasic(app.clientSecret) : oauth.None();

/** Our transport (timeouts, failure certainty, 429/5xx) under oauth4webapi; http only for loopback. */
const options = (ctx: XContext, effect: 'read' | 'write') =>
  oauthRequestOptions(ctx.http, 'x', { insecure: ctx.insecure, effect });

export function authorizationUrl(ctx: XContext, request: AuthorizationRequest): string {
  const url = new URL(`${ctx.authUrl}/i/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.app.clientId,
    redirect_uri: request.app.redirectUri,
    scope: X_SCOPES.join(' '),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  if (request.loginHint) url.searchParams.set('login_hint', request.loginHint);
  return url.toString();
}

/** What a refused grant means: a bad code (INVALID_GRANT) or a dead refresh chain (REVOKED). */
function tokenFailure(error: unknown, refused: 'INVALID_GRANT' | 'REVOKED'): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof oauth.ResponseBodyError) {
    const options = { status: error.status };
    if (error.error === 'invalid_client' || error.error === 'unauthorized_client')
      return new PlatformError('x', 'FORBIDDEN', 'X refused the app credentials', options);
    // X words spent, unknown and revoked grants as invalid_request ("Value passed for … was invalid").
    const malformed = /^Missing required parameter/i.test(error.error_description ?? '');
    if (error.error === 'invalid_grant' || (error.error === 'invalid_request' && !malformed))
      return new PlatformError(
        'x',
        refused,
        refused === 'REVOKED'
          ? 'X refused the refresh token: reconnect the account'
          : 'X refused the authorization code',
        options,
      );
    return new PlatformError('x', 'INVALID_GRANT', `X refused the token request (${error.error})`, options);
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError)
    return new PlatformError('x', 'FORBIDDEN', 'X refused the app credentials', { status: error.status });
  return new PlatformError('x', 'UNAVAILABLE', 'X answered the token request unexpectedly');
}

function toTokenSet(result: oauth.TokenEndpointResponse, previous?: TokenSet): TokenSet {
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? previous?.refreshToken,
    expiresAt: result.expires_in === undefined ? undefined : new Date(Date.now() + result.expires_in * 1000),
    scopes: result.scope?.split(' ').filter(Boolean) ?? previous?.scopes ?? [],
  };
}

export async function exchangeCode(ctx: XContext, exchange: CodeExchange): Promise<TokenSet> {
  const as = server(ctx);
  const client = { client_id: exchange.app.clientId };
  try {
    // The caller has already matched `state`; oauth4webapi only needs the code in its own type.
    const params = oauth.validateAuthResponse(
      as,
      client,
      new URLSearchParams({ code: exchange.code }),
      oauth.skipStateCheck,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth(exchange.app),
      params,
      exchange.app.redirectUri,
      exchange.codeVerifier,
      options(ctx, 'write'),
    );
    return toTokenSet(await oauth.processAuthorizationCodeResponse(as, client, response));
  } catch (error) {
    throw tokenFailure(error, 'INVALID_GRANT');
  }
}

/**
 * Returns the rotated pair. Persist it before using it: the old refresh token is now spent. A
 * timeout here is UNKNOWN_OUTCOME because X may have rotated the token without our hearing it.
 */
export async function refresh(ctx: XContext, tokens: TokenSet, app?: OAuthApp): Promise<TokenSet> {
  if (!app) throw new PlatformError('x', 'FORBIDDEN', 'Refreshing an X token needs the app credentials');
  if (!tokens.refreshToken)
    throw new PlatformError('x', 'REVOKED', 'No X refresh token (offline.access not granted): reconnect');
  const as = server(ctx);
  const client = { client_id: app.clientId };
  try {
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      clientAuth(app),
      tokens.refreshToken,
      options(ctx, 'write'),
    );
    return toTokenSet(await oauth.processRefreshTokenResponse(as, client, response), tokens);
  } catch (error) {
    throw tokenFailure(error, 'REVOKED');
  }
}

async function revokeOne(ctx: XContext, app: OAuthApp, token: string, hint: string): Promise<void> {
  const as = server(ctx);
  const client = { client_id: app.clientId };
  try {
    // Revocation is idempotent, so a lost answer is plain unavailability ('read').
    const response = await oauth.revocationRequest(as, client, clientAuth(app), token, {
      ...options(ctx, 'read'),
      additionalParameters: { token_type_hint: hint },
    });
    await oauth.processRevocationResponse(response);
  } catch (error) {
    // A token X no longer knows is as revoked as it gets.
    if (
      error instanceof oauth.ResponseBodyError &&
      error.error !== 'invalid_client' &&
      error.error !== 'unauthorized_client'
    )
      return;
    throw tokenFailure(error, 'INVALID_GRANT');
  }
}

/** Revokes both tokens: X may end the consent with either, and doing both costs one request. */
export async function revoke(
  ctx: XContext,
  session: Session,
  tokens: TokenSet,
  app?: OAuthApp,
): Promise<void> {
  if (!app) throw new PlatformError('x', 'FORBIDDEN', 'Revoking an X token needs the app credentials');
  await revokeOne(ctx, app, session.accessToken, 'access_token');
  if (tokens.refreshToken) await revokeOne(ctx, app, tokens.refreshToken, 'refresh_token');
}
