// The emulated X on the wire: exact bodies, statuses and headers a client sees (OAuth errors,
// problem JSON, rate-limit headers, partial errors[]), checked with plain fetch.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';
import { SANDBOX_CLIENT } from '../sandbox-clients.js';
import { s256 } from '../state.js';

let emulator: Emulator;
let x: string;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  x = emulator.platformUrl('x');
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const REDIRECT = 'http://127.0.0.1:9/cb';
const VERIFIER = 'a-verifier-that-is-long-enough-to-be-a-real-pkce-verifier-0123456789';
const BASIC = `Basic ${Buffer.from(`${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret}`).toString('base64')}`;
const ALL_SCOPES = 'tweet.read tweet.write users.read offline.access media.write';

async function code(scope = ALL_SCOPES, handle = 'ada'): Promise<string> {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: SANDBOX_CLIENT.clientId,
    redirect_uri: REDIRECT,
    scope,
    state: 's',
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    login_hint: handle,
    auto: '1',
  });
  const res = await fetch(`${x}/i/oauth2/authorize?${params}`, { redirect: 'manual' });
  return new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

/** `authorization: ''` sends no Authorization header at all. */
function token(form: Record<string, string>, authorization = BASIC) {
  return fetch(`${x}/2/oauth2/token`, {
    method: 'POST',
    headers: authorization ? { authorization } : {},
    body: new URLSearchParams(form),
  });
}

async function accessToken(scope = ALL_SCOPES, handle = 'ada'): Promise<string> {
  const form = { grant_type: 'authorization_code', code: await code(scope, handle), redirect_uri: REDIRECT };
  const res = await token({ ...form, code_verifier: VERIFIER });
  return ((await res.json()) as { access_token: string }).access_token;
}

const api = (path: string, bearer: string, init: RequestInit = {}) =>
  fetch(`${x}${path}`, { ...init, headers: { authorization: `Bearer ${bearer}`, ...init.headers } });
const tweet = (bearer: string, body: unknown) =>
  api('/2/tweets', bearer, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('X OAuth on the wire', () => {
  it('requires PKCE on the consent page', async () => {
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: SANDBOX_CLIENT.clientId,
      redirect_uri: REDIRECT,
      scope: ALL_SCOPES,
      state: 's',
      auto: '1',
    });
    const res = await fetch(`${x}/i/oauth2/authorize?${params}`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('code_challenge is required');
  });

  it('answers X’s token shape, and no refresh token without offline.access', async () => {
    const form = { grant_type: 'authorization_code', redirect_uri: REDIRECT, code_verifier: VERIFIER };
    const full = (await (await token({ ...form, code: await code() })).json()) as Record<string, unknown>;
    expect(Object.keys(full).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'scope',
      'token_type',
    ]);
    expect(full).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: ALL_SCOPES });
    const online = (await (await token({ ...form, code: await code('tweet.read users.read') })).json()) as {
      refresh_token?: string;
    };
    expect(online.refresh_token).toBeUndefined();
  });

  it('refuses confidential clients without Basic auth, and names missing parameters', async () => {
    const noBasic = await token(
      {
        grant_type: 'authorization_code',
        code: await code(),
        redirect_uri: REDIRECT,
        code_verifier: VERIFIER,
        client_id: SANDBOX_CLIENT.clientId,
      },
      '',
    );
    expect(noBasic.status).toBe(401);
    expect(await noBasic.json()).toEqual({
      error: 'unauthorized_client',
      error_description: 'Missing valid authorization header',
    });
    const noVerifier = await token({
      grant_type: 'authorization_code',
      code: await code(),
      redirect_uri: REDIRECT,
    });
    expect(noVerifier.status).toBe(400);
    expect(await noVerifier.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Missing required parameter [code_verifier].',
    });
  });

  it('words a spent refresh token the way X does', async () => {
    const form = {
      grant_type: 'authorization_code',
      code: await code(),
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
    };
    const { refresh_token } = (await (await token(form)).json()) as { refresh_token: string };
    expect((await token({ grant_type: 'refresh_token', refresh_token })).status).toBe(200);
    const reused = await token({ grant_type: 'refresh_token', refresh_token });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Value passed for the token was invalid.',
    });
  });
});

describe('X API on the wire', () => {
  it('answers 401 problem JSON without a valid token', async () => {
    const res = await api('/2/users/me', 'nope');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toEqual({
      title: 'Unauthorized',
      type: 'about:blank',
      status: 401,
      detail: 'Unauthorized',
    });
  });

  it('creates with 201 and carries the rate-limit headers', async () => {
    const bearer = await accessToken();
    const res = await tweet(bearer, { text: 'hello' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { data: { id: string; text: string } };
    expect(body.data).toMatchObject({ text: 'hello', id: expect.stringMatching(/^\d{15,19}$/) });
    expect(res.headers.get('x-rate-limit-limit')).toBe('100');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('99');
    expect(Number(res.headers.get('x-rate-limit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(res.headers.get('x-app-limit-24hour-limit')).toBe('10000');
  });

  it('answers the duplicate 403 exactly as X and the 429 with code 88', async () => {
    const bearer = await accessToken();
    await tweet(bearer, { text: 'twice' });
    const dup = await tweet(bearer, { text: 'twice' });
    expect(dup.status).toBe(403);
    expect(await dup.json()).toEqual({
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    });
    emulator.social.addFault('x', {
      kind: 'rate_limit',
      remaining: 1,
      operation: 'any',
      retryAfterSeconds: 60,
      latencyMs: 0,
      after: 0,
    });
    const limited = await api('/2/users/me', bearer);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(await limited.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] });
  });

  it('refuses a token without the scope, media of someone else, and a bad timeline page size', async () => {
    const readOnly = await accessToken('tweet.read users.read');
    expect((await tweet(readOnly, { text: 'no scope' })).status).toBe(403);
    const grace = await accessToken(ALL_SCOPES, 'grace');
    const form = new FormData();
    form.set('media', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'a.png');
    const upload = await api('/2/media/upload', grace, { method: 'POST', body: form });
    const { data } = (await upload.json()) as { data: { id: string; media_key: string } };
    expect(data.media_key).toBe(`3_${data.id}`);
    const ada = await accessToken();
    const stolen = await tweet(ada, { text: 'with her picture', media: { media_ids: [data.id] } });
    expect(stolen.status).toBe(400);
    const me = (await (await api('/2/users/me', ada)).json()) as { data: { id: string } };
    expect((await api(`/2/users/${me.data.id}/tweets?max_results=500`, ada)).status).toBe(400);
  });

  it('refuses images over 5 MB', async () => {
    const bearer = await accessToken();
    const form = new FormData();
    form.set('media', new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'image/jpeg' }), 'big.jpg');
    const res = await api('/2/media/upload', bearer, { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });

  it('answers a missing tweet with a 200 carrying only errors[], and serves tweet pages', async () => {
    const bearer = await accessToken();
    const missing = await api('/2/tweets/123456789', bearer);
    expect(missing.status).toBe(200);
    const body = (await missing.json()) as { data?: unknown; errors: { type: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.type).toBe('https://api.twitter.com/2/problems/resource-not-found');
    const created = (await (await tweet(bearer, { text: 'a <b>page</b>' })).json()) as {
      data: { id: string };
    };
    const page = await fetch(`${x}/ada/status/${created.data.id}`);
    expect(await page.text()).toContain('a &#60;b&#62;page&#60;/b&#62;');
  });
});
