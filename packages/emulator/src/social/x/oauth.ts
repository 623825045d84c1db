// X's OAuth 2.0 token and revocation endpoints (POST /2/oauth2/token, /2/oauth2/revoke).
// Confidential clients authenticate with HTTP Basic, public ones send client_id. Codes redeem once
// with a PKCE S256 verifier; access tokens live 2 h; refresh tokens exist only with offline.access,
// are single-use and rotate, and presenting a spent one revokes the whole chain (X's ⚠ behaviour).
import type { IncomingMessage } from 'node:http';
import { readForm } from '../responses.js';
import type { SocialState } from '../state.js';
import type { OAuthClient, Token } from '../types.js';
import { oauthError, type XReply } from './shapes.js';

const ACCESS_TTL_SECONDS = 7200;
const INVALID_CODE = 'Value passed for the authorization code was invalid.';
const INVALID_TOKEN = 'Value passed for the token was invalid.';

const missing = (name: string) => oauthError(400, 'invalid_request', `Missing required parameter [${name}].`);
const noClient = () => oauthError(401, 'unauthorized_client', 'Missing valid authorization header');

function basicCredentials(req: IncomingMessage): { id: string; secret: string } | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: both halves are form-encoded before joining.
  const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

/** Basic for confidential clients (a secret is mandatory), client_id in the body for public ones. */
function authenticateClient(
  state: SocialState,
  req: IncomingMessage,
  form: URLSearchParams,
): OAuthClient | XReply {
  const basic = basicCredentials(req);
  if (basic) {
    const client = state.client('x', basic.id);
    return client && client.clientSecret !== '' && client.clientSecret === basic.secret ? client : noClient();
  }
  const client = state.client('x', form.get('client_id') ?? '');
  if (!client) return form.get('client_id') ? noClient() : missing('client_id');
  return client.clientSecret === '' ? client : noClient();
}

function issuePair(
  state: SocialState,
  base: Pick<Token, 'clientId' | 'accountId' | 'scopes' | 'family'>,
): XReply {
  const common = { platform: 'x' as const, ...base };
  const access = state.issueToken({ ...common, kind: 'access' }, ACCESS_TTL_SECONDS);
  const refresh = base.scopes.includes('offline.access')
    ? state.issueToken({ ...common, kind: 'refresh' })
    : undefined;
  return {
    status: 200,
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    body: {
      token_type: 'bearer',
      expires_in: ACCESS_TTL_SECONDS,
      access_token: access.token,
      scope: base.scopes.join(' '),
      ...(refresh ? { refresh_token: refresh.token } : {}),
    },
  };
}

function codeGrant(state: SocialState, client: OAuthClient, form: URLSearchParams): XReply {
  for (const name of ['code', 'redirect_uri', 'code_verifier']) if (!form.get(name)) return missing(name);
  const code = state.redeemCode('x', form.get('code') ?? '', {
    clientId: client.clientId,
    redirectUri: form.get('redirect_uri') ?? '',
    codeVerifier: form.get('code_verifier') ?? '',
  });
  // X words every refused code the same way: unknown, spent, expired, mismatched or wrong verifier.
  if (typeof code === 'string') return oauthError(400, 'invalid_request', INVALID_CODE);
  return issuePair(state, {
    clientId: client.clientId,
    accountId: code.accountId,
    scopes: code.scopes,
    family: code.code,
  });
}

function refreshGrant(state: SocialState, client: OAuthClient, form: URLSearchParams): XReply {
  const value = form.get('refresh_token');
  if (!value) return missing('refresh_token');
  const token = state.findToken('x', value, 'refresh');
  if (!token || token.clientId !== client.clientId || token.revoked)
    return oauthError(400, 'invalid_request', INVALID_TOKEN);
  if (token.used) {
    // A spent token came back: someone holds a copy. Nothing of this consent stays valid.
    state.revokeWhere((t) => t.platform === 'x' && t.family === token.family);
    return oauthError(400, 'invalid_request', INVALID_TOKEN);
  }
  token.used = true;
  const { clientId, accountId, scopes, family } = token;
  return issuePair(state, { clientId, accountId, scopes, family });
}

export async function handleToken(state: SocialState, req: IncomingMessage): Promise<XReply> {
  const form = await readForm(req);
  const client = authenticateClient(state, req, form);
  if ('status' in client) return client;
  const grant = form.get('grant_type');
  if (grant === 'authorization_code') return codeGrant(state, client, form);
  if (grant === 'refresh_token') return refreshGrant(state, client, form);
  return grant
    ? oauthError(400, 'unsupported_grant_type', 'Value passed for the grant type was invalid.')
    : missing('grant_type');
}

/**
 * RFC 7009: 200 whether or not the token was known. Revoking either token of a consent ends the
 * whole consent (access and refresh tokens of its family), as disconnecting an app does on X ⚠.
 */
export async function handleRevoke(state: SocialState, req: IncomingMessage): Promise<XReply> {
  const form = await readForm(req);
  const client = authenticateClient(state, req, form);
  if ('status' in client) return client;
  const value = form.get('token');
  if (!value) return missing('token');
  const token = state.tokens.find((t) => t.platform === 'x' && t.token === value);
  if (token && token.clientId === client.clientId)
    state.revokeWhere((t) => t.platform === 'x' && t.family === token.family);
  return { status: 200, body: { revoked: true } };
}
