// The emulated LinkedIn on the wire: exact status codes, headers and error bodies that production
// clients depend on, checked with plain fetch (no adapter in between).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';
import { parseLittleText } from './little-text.js';

let emulator: Emulator;
let li: string;
let token: string;
let author: string;

function version(monthsAgo: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1));
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const rest = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${li}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${token}`,
      'linkedin-version': version(1),
      'x-restli-protocol-version': '2.0.0',
      'content-type': 'application/json',
      ...init.headers,
    },
  });

const postBody = (commentary: string) =>
  JSON.stringify({
    author,
    commentary,
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: 'PUBLISHED',
  });

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  li = emulator.platformUrl('linkedin');
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  const authorize = new URL(`${li}/oauth/v2/authorization`);
  for (const [k, v] of Object.entries({
    response_type: 'code',
    client_id: 'brandwright-sandbox',
    redirect_uri: 'http://127.0.0.1/cb',
    scope: 'openid profile w_member_social',
    auto: '1',
    login_hint: 'ada',
  }))
    authorize.searchParams.set(k, v);
  const code = new URL(
    (await fetch(authorize, { redirect: 'manual' })).headers.get('location') ?? '',
  ).searchParams.get('code');
  const answer = await fetch(`${li}/oauth/v2/accessToken`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: code ?? '',
      redirect_uri: 'http://127.0.0.1/cb',
      client_id: 'brandwright-sandbox',
      client_secret: 'brandwright-sandbox-secret',
    }),
  });
  const body = (await answer.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    expires_in: 5_184_000,
    scope: 'openid,profile,w_member_social',
    token_type: 'Bearer',
  });
  expect(body.refresh_token).toBeUndefined();
  token = String(body.access_token);
  author = `urn:li:person:${emulator.social.account('linkedin', 'ada').id}`;
});

describe('emulated LinkedIn', () => {
  it('answers a retired or missing LinkedIn-Version exactly like LinkedIn', async () => {
    const retired = await rest('/rest/posts', {
      method: 'POST',
      body: postBody('x'),
      headers: { 'linkedin-version': '202411' },
    });
    expect(retired.status).toBe(426);
    expect(await retired.json()).toEqual({
      status: 426,
      code: 'NONEXISTENT_VERSION',
      message: 'Requested version 20241101 is not active',
    });
    const future = await rest('/rest/posts?q=author', { headers: { 'linkedin-version': version(-2) } });
    expect(future.status).toBe(426);
    const missing = await rest('/rest/memberFollowersCount?q=me', { headers: { 'linkedin-version': '' } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { code: string }).code).toBe('VERSION_MISSING');
  });

  it('creates a post with 201, an empty body and the URN in x-restli-id; truncates unescaped little text', async () => {
    const created = await rest('/rest/posts', {
      method: 'POST',
      body: postBody('Hello \\#world, ask me_anything'),
    });
    expect(created.status).toBe(201);
    expect(await created.text()).toBe('');
    const urn = created.headers.get('x-restli-id') ?? '';
    expect(urn).toMatch(/^urn:li:share:\d{19}$/);
    expect(emulator.social.findPost('linkedin', urn)?.text).toBe('Hello #world, ask me');
    expect(parseLittleText('a\\(b\\) c (d) e')).toMatchObject({
      text: 'a(b) c ',
      stored: 'a\\(b\\) c ',
      truncated: true,
    });
  });

  it('refuses duplicates and over-long commentary with 422 bodies', async () => {
    const first = await rest('/rest/posts', { method: 'POST', body: postBody('Same') });
    const again = await rest('/rest/posts', { method: 'POST', body: postBody('Same') });
    expect(again.status).toBe(422);
    const duplicate = (await again.json()) as {
      message: string;
      errorDetails: { inputErrors: { code: string }[] };
    };
    expect(duplicate.errorDetails.inputErrors[0]?.code).toBe('DUPLICATE_POST');
    expect(duplicate.message).toContain(`Content is a duplicate of ${first.headers.get('x-restli-id')}`);
    const long = await rest('/rest/posts', { method: 'POST', body: postBody('a'.repeat(3001)) });
    expect(long.status).toBe(422);
  });

  it('tells expired, revoked, invalid and missing tokens apart', async () => {
    const body = async (response: Response) => [
      response.status,
      ((await response.json()) as { serviceErrorCode: number }).serviceErrorCode,
    ];
    expect(
      await body(
        await rest('/rest/memberFollowersCount?q=me', { headers: { authorization: 'Bearer nope' } }),
      ),
    ).toEqual([401, 65600]);
    expect(
      await body(await rest('/rest/memberFollowersCount?q=me', { headers: { authorization: '' } })),
    ).toEqual([401, 65604]);
    emulator.social.advanceClock(5_184_001);
    expect(
      await body(await fetch(`${li}/v2/userinfo`, { headers: { authorization: `Bearer ${token}` } })),
    ).toEqual([401, 65602]);
    emulator.social.revokeWhere(() => true);
    expect(
      await body(await fetch(`${li}/v2/userinfo`, { headers: { authorization: `Bearer ${token}` } })),
    ).toEqual([401, 65601]);
  });

  it('needs the scope of each resource: 403 ACCESS_DENIED otherwise', async () => {
    const response = await rest('/rest/memberFollowersCount?q=me');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      status: 403,
      serviceErrorCode: 100,
      code: 'ACCESS_DENIED',
    });
  });

  it('serves OpenID discovery and the JWKS that verifies its ID tokens', async () => {
    const discovery = (await (await fetch(`${li}/oauth/.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    expect(discovery.issuer).toBe(`${li}/oauth`);
    const jwks = (await (await fetch(discovery.jwks_uri ?? '')).json()) as {
      keys: { kty: string; alg: string }[];
    };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256' });
  });
});
