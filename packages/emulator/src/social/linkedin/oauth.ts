// LinkedIn's OAuth 2.0 endpoints on www.linkedin.com: the consent step, the token endpoint
// (confidential client: client_secret in the form body; 60-day access tokens; refresh tokens only
// for partner apps, 365 days from first consent and not reset by refreshing), and revocation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../http.js';
import { handleAuthorize } from '../consent.js';
import { readForm, sendEmpty } from '../responses.js';
import type { SocialState } from '../state.js';
import type { OAuthClient, Token } from '../types.js';
import { discovery, idToken, jwks } from './id-token.js';

export const ACCESS_TTL_SECONDS = 5_184_000;
export const REFRESH_TTL_SECONDS = 31_536_000;
/** LinkedIn's authorization codes live 30 minutes. */
const CODE_TTL_SECONDS = 1800;

const CODE_PROBLEM =
  'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists';
const REFRESH_PROBLEM = 'The provided authorization grant or refresh token is invalid, expired or revoked.';

type OAuthAnswer = { status: number; body: Record<string, unknown> };

const oauthError = (status: number, error: string, description: string): OAuthAnswer => ({
  status,
  body: { error, error_description: description },
});

function secondsLeft(state: SocialState, token: Token): number {
  return Math.max(0, Math.round(((token.expiresAt ?? state.now()) - state.now()) / 1000));
}

function tokenAnswer(state: SocialState, access: Token, refresh: Token | undefined, withIdToken: boolean) {
  const account = state.accountById('linkedin', access.accountId);
  return {
    status: 200,
    body: {
      access_token: access.token,
      expires_in: secondsLeft(state, access),
      ...(refresh
        ? { refresh_token: refresh.token, refresh_token_expires_in: secondsLeft(state, refresh) }
        : {}),
      // LinkedIn lists granted scopes comma-separated.
      scope: access.scopes.join(','),
      token_type: 'Bearer',
      ...(withIdToken && account && access.scopes.includes('openid')
        ? { id_token: idToken(state, account, access.clientId, access.scopes) }
        : {}),
    },
  };
}

function codeGrant(state: SocialState, client: OAuthClient, form: URLSearchParams): OAuthAnswer {
  const code = state.redeemCode('linkedin', form.get('code') ?? '', {
    clientId: client.clientId,
    redirectUri: form.get('redirect_uri') ?? '',
    codeVerifier: form.get('code_verifier') ?? undefined,
  });
  if (typeof code === 'string')
    return oauthError(
      400,
      code === 'redirect_mismatch' ? 'invalid_redirect_uri' : 'invalid_request',
      CODE_PROBLEM,
    );
  const grant = { platform: 'linkedin' as const, clientId: client.clientId, accountId: code.accountId };
  const family = code.code;
  const access = state.issueToken(
    { ...grant, kind: 'access', scopes: code.scopes, family },
    ACCESS_TTL_SECONDS,
  );
  const refresh = client.partner
    ? state.issueToken({ ...grant, kind: 'refresh', scopes: code.scopes, family }, REFRESH_TTL_SECONDS)
    : undefined;
  return tokenAnswer(state, access, refresh, true);
}

function refreshGrant(state: SocialState, client: OAuthClient, form: URLSearchParams): OAuthAnswer {
  const refresh = state.findToken('linkedin', form.get('refresh_token') ?? '', 'refresh');
  const usable =
    refresh &&
    !refresh.revoked &&
    refresh.clientId === client.clientId &&
    (refresh.expiresAt ?? Number.POSITIVE_INFINITY) > state.now();
  if (!client.partner || !refresh || !usable) return oauthError(400, 'invalid_request', REFRESH_PROBLEM);
  const { platform, clientId, accountId, scopes, family } = refresh;
  const access = state.issueToken(
    { platform, clientId, accountId, scopes, family, kind: 'access' },
    ACCESS_TTL_SECONDS,
  );
  return tokenAnswer(state, access, refresh, false);
}

/** The client authenticates with client_id and client_secret in the body (LinkedIn takes no Basic auth). */
function authenticatedClient(state: SocialState, form: URLSearchParams): OAuthClient | undefined {
  const client = state.client('linkedin', form.get('client_id') ?? '');
  return client && client.clientSecret === form.get('client_secret') ? client : undefined;
}

async function accessToken(state: SocialState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const client = authenticatedClient(state, form);
  const grantType = form.get('grant_type');
  const answer = !client
    ? oauthError(401, 'invalid_client', 'Client authentication failed')
    : grantType === 'authorization_code'
      ? codeGrant(state, client, form)
      : grantType === 'refresh_token'
        ? refreshGrant(state, client, form)
        : oauthError(400, 'unsupported_grant_type', 'Grant type is not supported');
  sendJson(res, answer.status, answer.body, { 'cache-control': 'no-store', pragma: 'no-cache' });
}

/** ⚠ LinkedIn's revoke endpoint (POST form token + client credentials) answers 200 with no body. */
async function revoke(state: SocialState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const client = authenticatedClient(state, form);
  if (!client) {
    sendJson(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    return;
  }
  const value = form.get('token') ?? '';
  const token = state.findToken('linkedin', value, 'access') ?? state.findToken('linkedin', value, 'refresh');
  // Revoking withdraws the member's whole grant to this app, as LinkedIn's "remove app" does.
  if (token?.clientId === client.clientId) state.revokeWhere((t) => t.family === token.family);
  sendEmpty(res, 200);
}

/** Routes /oauth/… (www.linkedin.com's OAuth pages). */
export async function handleOAuth(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
): Promise<boolean> {
  const route = `${req.method} ${path}`;
  if (path === '/oauth/v2/authorization' && (req.method === 'GET' || req.method === 'POST'))
    await handleAuthorize(
      state,
      { platform: 'linkedin', title: 'LinkedIn', pkceRequired: false, codeTtlSeconds: CODE_TTL_SECONDS },
      req,
      res,
      url,
    );
  else if (route === 'POST /oauth/v2/accessToken') await accessToken(state, req, res);
  else if (route === 'POST /oauth/v2/revoke') await revoke(state, req, res);
  else if (route === 'GET /oauth/.well-known/openid-configuration') sendJson(res, 200, discovery(state));
  else if (route === 'GET /oauth/openid/jwks') sendJson(res, 200, jwks());
  else return false;
  return true;
}
