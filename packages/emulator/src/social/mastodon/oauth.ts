// OAuth on an emulated Mastodon instance: apps registered per instance (POST /api/v1/apps), the
// consent step (PKCE S256 optional, as since 4.3), the Doorkeeper token endpoint (no expiry, no
// refresh token), revocation, and the 4.3 authorization-server metadata.
import type { ServerResponse } from 'node:http';
import { handleAuthorize } from '../consent.js';
import { sendHtml } from '../responses.js';
import { randomId } from '../state.js';
import {
  type Answer,
  answer,
  type Body,
  field,
  grants,
  instanceUrl,
  list,
  type MastoContext,
  readBody,
  validationFailed,
} from './api.js';

const SCOPE = /^(read|write|follow|push|profile)(:[a-z_]+)?$|^admin:(read|write)(:[a-z_]+)?$/;

const invalidGrant = () =>
  answer(400, {
    error: 'invalid_grant',
    error_description:
      'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  });
const invalidClient = () =>
  answer(401, {
    error: 'invalid_client',
    error_description:
      'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
  });

function redirectUris(body: Body): string[] {
  const value = body.redirect_uris ?? body.redirect_uri;
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : value.split(/\s+/)).filter(Boolean);
}

function isAbsoluteUri(value: string): boolean {
  if (value === 'urn:ietf:wg:oauth:2.0:oob') return true;
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/** Doorkeeper takes client credentials from HTTP Basic or from the body (client_secret_post). */
function clientOf(ctx: MastoContext, body: Body) {
  const basic = /^Basic (.+)$/.exec(ctx.req.headers.authorization ?? '');
  const [id, secret] = basic
    ? Buffer.from(basic[1] ?? '', 'base64')
        .toString('utf8')
        .split(':')
        .map(decodeURIComponent)
    : [field(body, 'client_id'), field(body, 'client_secret')];
  const client = ctx.state.client('mastodon', id ?? '', ctx.host);
  return client && client.clientSecret === secret ? client : undefined;
}

export async function registerApp(ctx: MastoContext): Promise<Answer> {
  const body = await readBody(ctx.req);
  const name = field(body, 'client_name')?.trim();
  const uris = redirectUris(body);
  const scopes = list(body, 'scopes');
  if (!name) return validationFailed("Application name can't be blank");
  if (uris.length === 0) return validationFailed("Redirect URI can't be blank");
  if (!uris.every(isAbsoluteUri)) return validationFailed('Redirect URI must be an absolute URI.');
  if (!scopes.every((s) => SCOPE.test(s))) return validationFailed('Scopes must be valid scopes');
  const client = ctx.state.addClient({
    platform: 'mastodon',
    clientId: randomId(32),
    clientSecret: randomId(32),
    redirectUris: uris,
    scopes: scopes.length > 0 ? scopes : ['read'],
    server: ctx.host,
    name,
  });
  return answer(200, {
    id: String(ctx.state.clients.filter((c) => c.platform === 'mastodon').length),
    name,
    website: field(body, 'website') ?? null,
    scopes: client.scopes,
    redirect_uri: uris.join('\n'),
    redirect_uris: uris,
    vapid_key: `B${randomId(48)}`,
    client_id: client.clientId,
    client_secret: client.clientSecret,
    client_secret_expires_at: 0,
  });
}

/** Doorkeeper refuses scopes the app did not register before showing anything. */
export async function authorize(ctx: MastoContext, res: ServerResponse): Promise<void> {
  const params = ctx.url.searchParams;
  const client = ctx.state.client('mastodon', params.get('client_id') ?? '', ctx.host);
  const requested = (params.get('scope') ?? 'read').split(/[ +]+/).filter(Boolean);
  if (ctx.req.method === 'GET' && client && !requested.every((s) => grants(client.scopes, s))) {
    sendHtml(
      res,
      400,
      '<!doctype html><title>Authorization error</title><h1>Authorization error</h1><p>The requested scope is invalid, unknown, or malformed.</p>',
    );
    return;
  }
  await handleAuthorize(
    ctx.state,
    {
      platform: 'mastodon',
      title: `Mastodon (${ctx.host})`,
      pkceRequired: false,
      codeTtlSeconds: 600,
      server: ctx.host,
      defaultHandle: 'sandbox_user',
    },
    ctx.req,
    res,
    ctx.url,
  );
}

export async function token(ctx: MastoContext): Promise<Answer> {
  const body = await readBody(ctx.req);
  const client = clientOf(ctx, body);
  if (!client) return invalidClient();
  const grant = field(body, 'grant_type');
  if (grant !== 'authorization_code')
    return answer(400, {
      error: 'unsupported_grant_type',
      error_description: 'The authorization grant type is not supported by the authorization server.',
    });
  const code = ctx.state.redeemCode('mastodon', field(body, 'code') ?? '', {
    clientId: client.clientId,
    redirectUri: field(body, 'redirect_uri') ?? '',
    codeVerifier: field(body, 'code_verifier'),
  });
  if (typeof code === 'string') return invalidGrant();
  const issued = ctx.state.issueToken({
    kind: 'access',
    platform: 'mastodon',
    clientId: client.clientId,
    accountId: code.accountId,
    scopes: code.scopes.length > 0 ? code.scopes : ['read'],
    family: code.code,
  });
  return answer(200, {
    access_token: issued.token,
    token_type: 'Bearer',
    scope: issued.scopes.join(' '),
    created_at: Math.floor(ctx.state.now() / 1000),
  });
}

/** RFC 7009: 200 whether or not the token existed; only the owning client may revoke it. */
export async function revoke(ctx: MastoContext): Promise<Answer> {
  const body = await readBody(ctx.req);
  const client = clientOf(ctx, body);
  if (!client) return invalidClient();
  const value = field(body, 'token');
  ctx.state.revokeWhere(
    (t) => t.platform === 'mastodon' && t.token === value && t.clientId === client.clientId,
  );
  return answer(200, {});
}

export function metadata(ctx: MastoContext): Answer {
  const base = instanceUrl(ctx);
  return answer(200, {
    issuer: `${base}/`,
    authorization_endpoint: `${base}/oauth/authorize`,
    token_endpoint: `${base}/oauth/token`,
    revocation_endpoint: `${base}/oauth/revoke`,
    app_registration_endpoint: `${base}/api/v1/apps`,
    scopes_supported: [
      'read',
      'write',
      'push',
      'profile',
      'read:accounts',
      'read:statuses',
      'write:media',
      'write:statuses',
    ],
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code', 'client_credentials'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  });
}
