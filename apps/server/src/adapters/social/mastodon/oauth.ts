// Connecting a Mastodon account: an app registered on the user's instance (POST /api/v1/apps, cached
// by the caller per instance), the authorization URL with a PKCE S256 challenge, the code exchange
// and revocation through oauth4webapi. Mastodon tokens carry no expiry and no refresh token.
//
// Scopes are the granular ones the adapter uses — read:accounts read:statuses write:statuses
// write:media — rather than "read write", which would also let the app follow, block, edit the
// profile and read direct messages. Granular scopes exist since Mastodon 2.4.3.
import * as oauth from 'oauth4webapi';
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import { genericFailure, isLoopbackHttp, oauthRequestOptions } from '../http.js';
import type { AuthorizationRequest, CodeExchange, OAuthApp, Session, TokenSet } from '../port.js';
import { instanceBase, type MastodonContext, mastodonCall } from './api.js';

export const SCOPES = ['read:accounts', 'read:statuses', 'write:statuses', 'write:media'];

const appSchema = z.object({ client_id: z.string().min(1), client_secret: z.string().min(1) });

function server(base: string): oauth.AuthorizationServer {
  return {
    issuer: base,
    authorization_endpoint: `${base}/oauth/authorize`,
    token_endpoint: `${base}/oauth/token`,
    revocation_endpoint: `${base}/oauth/revoke`,
  };
}

const options = (ctx: MastodonContext, base: string) =>
  oauthRequestOptions(ctx.settings, 'mastodon', { insecure: isLoopbackHttp(base) });

/** oauth4webapi's failures in PlatformError terms. */
function oauthFailure(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof oauth.ResponseBodyError || error instanceof oauth.WWWAuthenticateChallengeError)
    return new PlatformError(
      'mastodon',
      'INVALID_GRANT',
      'The instance refused the authorization code or app',
      {
        status: error.status,
      },
    );
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof Response) return genericFailure('mastodon', cause, 'read');
  return new PlatformError('mastodon', 'UNAVAILABLE', 'Unexpected answer from the instance');
}

export async function registerApp(
  ctx: MastodonContext,
  serverUrl: string,
  redirectUri: string,
): Promise<OAuthApp> {
  const app = await mastodonCall(
    ctx,
    {
      base: instanceBase(serverUrl),
      path: '/api/v1/apps',
      method: 'POST',
      json: {
        client_name: ctx.clientName,
        redirect_uris: redirectUri,
        scopes: SCOPES.join(' '),
        ...(ctx.website ? { website: ctx.website } : {}),
      },
      effect: 'read',
    },
    appSchema,
  );
  return { clientId: app.client_id, clientSecret: app.client_secret, redirectUri };
}

export function authorizationUrl(request: AuthorizationRequest): string {
  if (!request.serverUrl) throw new PlatformError('mastodon', 'NOT_FOUND', 'A Mastodon instance is required');
  const url = new URL(`${instanceBase(request.serverUrl)}/oauth/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: request.app.clientId,
    redirect_uri: request.app.redirectUri,
    scope: SCOPES.join(' '),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    ...(request.loginHint ? { login_hint: request.loginHint } : {}),
  }).toString();
  return url.toString();
}

export async function exchangeCode(ctx: MastodonContext, exchange: CodeExchange): Promise<TokenSet> {
  if (!exchange.serverUrl)
    throw new PlatformError('mastodon', 'NOT_FOUND', 'A Mastodon instance is required');
  const base = instanceBase(exchange.serverUrl);
  const as = server(base);
  const client: oauth.Client = { client_id: exchange.app.clientId };
  if (!exchange.app.clientSecret)
    throw new PlatformError(
      'mastodon',
      'INVALID_GRANT',
      'The Mastodon app has no client secret; register it again',
    );
  const auth = oauth.ClientSecretPost(exchange.app.clientSecret);
  try {
    // The caller already matched `state`; this only wraps the code the way oauth4webapi expects.
    const params = oauth.validateAuthResponse(
      as,
      client,
      new URLSearchParams({ code: exchange.code }),
      oauth.skipStateCheck,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      params,
      exchange.app.redirectUri,
      exchange.codeVerifier,
      options(ctx, base),
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response);
    return { accessToken: result.access_token, scopes: result.scope ? result.scope.split(/\s+/) : SCOPES };
  } catch (error) {
    throw oauthFailure(error);
  }
}

/** Revokes at the instance; without the app's credentials there is nothing the instance would accept. */
export async function revoke(
  ctx: MastodonContext,
  session: Session,
  tokens: TokenSet,
  app?: OAuthApp,
): Promise<void> {
  if (!app?.clientSecret || !session.account.serverUrl) return;
  const base = instanceBase(session.account.serverUrl);
  const client: oauth.Client = { client_id: app.clientId };
  try {
    const response = await oauth.revocationRequest(
      server(base),
      client,
      oauth.ClientSecretPost(app.clientSecret),
      tokens.accessToken,
      options(ctx, base),
    );
    await oauth.processRevocationResponse(response);
  } catch (error) {
    const failure = oauthFailure(error);
    // An app the instance no longer knows has no tokens left to revoke.
    if (failure.code !== 'INVALID_GRANT') throw failure;
  }
}
