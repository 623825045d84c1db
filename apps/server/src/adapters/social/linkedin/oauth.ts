// LinkedIn's OAuth 2.0 through oauth4webapi: the authorization URL, the code exchange (confidential
// client, secret in the body, no PKCE: LinkedIn documents PKCE for native apps only), refresh
// (partner apps only) and revocation, with token responses and ID tokens validated by the library.
import * as oauth from 'oauth4webapi';
import { PlatformError } from '../errors.js';
import { isLoopbackHttp, oauthRequestOptions } from '../http.js';
import type { AuthorizationRequest, CodeExchange, OAuthApp, TokenSet } from '../port.js';
import { type LinkedInSettings, trimUrl } from './rest.js';

/** Scopes by LinkedIn product; the defaults are what every self-serve app can get. */
export const LINKEDIN_SCOPES = {
  /** "Sign In with LinkedIn using OpenID Connect" + "Share on LinkedIn". */
  basic: ['openid', 'profile', 'email', 'w_member_social'],
  /** Community Management API (post analytics, follower count). */
  analytics: ['r_member_postAnalytics', 'r_member_profileAnalytics'],
  /** Reading the member's own posts back (approved partners only). */
  readPosts: ['r_member_social'],
} as const;

export function authorizationServer(settings: LinkedInSettings): oauth.AuthorizationServer {
  const auth = trimUrl(settings.authUrl);
  return {
    issuer: `${auth}/oauth`,
    authorization_endpoint: `${auth}/oauth/v2/authorization`,
    token_endpoint: `${auth}/oauth/v2/accessToken`,
    revocation_endpoint: `${auth}/oauth/v2/revoke`,
    userinfo_endpoint: `${trimUrl(settings.apiUrl)}/v2/userinfo`,
    id_token_signing_alg_values_supported: ['RS256'],
  };
}

const requestOptions = (settings: LinkedInSettings) =>
  oauthRequestOptions(settings.http, 'linkedin', { insecure: isLoopbackHttp(settings.authUrl) });

export function authorizationUrl(settings: LinkedInSettings, request: AuthorizationRequest): string {
  const url = new URL(authorizationServer(settings).authorization_endpoint ?? '');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.app.clientId);
  url.searchParams.set('redirect_uri', request.app.redirectUri);
  url.searchParams.set('state', request.state);
  url.searchParams.set('scope', (settings.scopes ?? LINKEDIN_SCOPES.basic).join(' '));
  if (request.loginHint) url.searchParams.set('login_hint', request.loginHint);
  return url.toString();
}

function tokenSet(result: oauth.TokenEndpointResponse, previous?: TokenSet): TokenSet {
  const now = Date.now();
  const refreshIn = result.refresh_token_expires_in;
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? previous?.refreshToken,
    expiresAt: result.expires_in === undefined ? undefined : new Date(now + result.expires_in * 1000),
    refreshTokenExpiresAt:
      typeof refreshIn === 'number' ? new Date(now + refreshIn * 1000) : previous?.refreshTokenExpiresAt,
    // LinkedIn lists granted scopes comma-separated.
    scopes: (result.scope ?? '').split(/[\s,]+/).filter(Boolean),
  };
}

/** oauth4webapi's failures in PlatformError terms; the messages never quote a token or secret. */
function oauthFailure(error: unknown, action: string): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof oauth.ResponseBodyError)
    return error.error === 'invalid_client'
      ? new PlatformError(
          'linkedin',
          'FORBIDDEN',
          'LinkedIn refused the app credentials (client id or secret)',
          {
            status: error.status,
          },
        )
      : new PlatformError('linkedin', 'INVALID_GRANT', `LinkedIn refused the ${action} (${error.error})`, {
          status: error.status,
        });
  const detail = error instanceof Error ? error.message : 'unknown error';
  return new PlatformError(
    'linkedin',
    'UNAVAILABLE',
    `LinkedIn's answer to the ${action} failed validation: ${detail}`,
  );
}

const clientOf = (app: OAuthApp): oauth.Client => ({ client_id: app.clientId });
const secretOf = (app: OAuthApp) => oauth.ClientSecretPost(app.clientSecret ?? '');

export async function exchangeCode(settings: LinkedInSettings, exchange: CodeExchange): Promise<TokenSet> {
  const as = authorizationServer(settings);
  const client = clientOf(exchange.app);
  try {
    // The caller checked `state` against its own record before handing over the code.
    const params = oauth.validateAuthResponse(
      as,
      client,
      new URLSearchParams({ code: exchange.code }),
      oauth.skipStateCheck,
    );
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      secretOf(exchange.app),
      params,
      exchange.app.redirectUri,
      oauth.nopkce,
      requestOptions(settings),
    );
    return tokenSet(await oauth.processAuthorizationCodeResponse(as, client, response));
  } catch (error) {
    throw oauthFailure(error, 'authorization code');
  }
}

export async function refresh(
  settings: LinkedInSettings,
  tokens: TokenSet,
  app?: OAuthApp,
): Promise<TokenSet> {
  if (!tokens.refreshToken)
    throw new PlatformError(
      'linkedin',
      'INVALID_GRANT',
      'This LinkedIn app gets no refresh tokens (only partner apps do): the member must reconnect',
    );
  if (!app)
    throw new PlatformError(
      'linkedin',
      'INVALID_GRANT',
      'Refreshing a LinkedIn token needs the app credentials',
    );
  const as = authorizationServer(settings);
  try {
    const response = await oauth.refreshTokenGrantRequest(
      as,
      clientOf(app),
      secretOf(app),
      tokens.refreshToken,
      requestOptions(settings),
    );
    return tokenSet(await oauth.processRefreshTokenResponse(as, clientOf(app), response), tokens);
  } catch (error) {
    throw oauthFailure(error, 'refresh token');
  }
}

export async function revoke(settings: LinkedInSettings, tokens: TokenSet, app?: OAuthApp): Promise<void> {
  if (!app)
    throw new PlatformError('linkedin', 'FORBIDDEN', 'Revoking a LinkedIn token needs the app credentials');
  const as = authorizationServer(settings);
  try {
    for (const token of [tokens.refreshToken, tokens.accessToken]) {
      if (!token) continue;
      const response = await oauth.revocationRequest(
        as,
        clientOf(app),
        secretOf(app),
        token,
        requestOptions(settings),
      );
      await oauth.processRevocationResponse(response);
    }
  } catch (error) {
    throw oauthFailure(error, 'revocation');
  }
}
