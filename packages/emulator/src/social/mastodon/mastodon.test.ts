// The emulated Mastodon instances' own contract, spoken raw over HTTP: independent instances,
// Doorkeeper errors, scopes, media processing (202, 206, 200), the one-hour Idempotency-Key window,
// the 300-requests limit with ISO reset headers, and authorship on delete.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';

let emulator: Emulator;
const base = () => emulator.platformUrl('mastodon');

/** GET on the Mastodon origin as another instance: the emulator names instances by Host. */
function getAs(host: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = request(`${base()}${path}`, { headers: { ...headers, host } }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const json = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** Registers an app, consents as `handle` and returns an access token for `scopes`. */
async function tokenFor(handle: string, scopes = 'read write') {
  const app = (await (
    await json(`${base()}/api/v1/apps`, {
      client_name: 'T',
      redirect_uris: 'http://127.0.0.1/cb',
      scopes,
    })
  ).json()) as { client_id: string; client_secret: string };
  const verifier = 'v'.repeat(43);
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: app.client_id,
    redirect_uri: 'http://127.0.0.1/cb',
    scope: scopes,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    login_hint: handle,
    auto: '1',
  });
  const res = await fetch(`${base()}/oauth/authorize?${query}`, { redirect: 'manual' });
  const code = new URL(res.headers.get('location') ?? '').searchParams.get('code');
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: code ?? '',
    client_id: app.client_id,
    client_secret: app.client_secret,
    redirect_uri: 'http://127.0.0.1/cb',
    code_verifier: verifier,
  });
  const token = (await (await fetch(`${base()}/oauth/token`, { method: 'POST', body: form })).json()) as {
    access_token: string;
  };
  return token.access_token;
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('emulated Mastodon', () => {
  it('validates app registration and client authentication', async () => {
    const bad = await json(`${base()}/api/v1/apps`, { redirect_uris: 'http://x/cb' });
    expect([bad.status, await bad.json()]).toEqual([
      422,
      { error: "Validation failed: Application name can't be blank" },
    ]);
    const token = await fetch(`${base()}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'nope',
        client_secret: 'x',
        code: 'c',
      }),
    });
    expect(token.status).toBe(401);
    expect(((await token.json()) as { error: string }).error).toBe('invalid_client');
  });

  it('keeps instances apart and enforces scopes', async () => {
    const token = await tokenFor('ada', 'read:accounts');
    expect(
      (await fetch(`${base()}/api/v1/accounts/verify_credentials`, { headers: auth(token) })).status,
    ).toBe(200);
    const elsewhere = await getAs('fosstodon.org', '/api/v1/accounts/verify_credentials', auth(token));
    expect(elsewhere).toEqual({ status: 401, body: { error: 'The access token is invalid' } });
    const post = await json(`${base()}/api/v1/statuses`, { status: 'hi' }, auth(token));
    expect(post.status).toBe(403);
  });

  it('processes large media: 202, attaching early is refused, then 206 while processing, then 200', async () => {
    const token = await tokenFor('ada');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(300 * 1024)], { type: 'image/jpeg' }), 'big.jpg');
    const upload = await fetch(`${base()}/api/v2/media`, {
      method: 'POST',
      headers: auth(token),
      body: form,
    });
    const media = (await upload.json()) as { id: string; url: string | null };
    expect([upload.status, media.url]).toEqual([202, null]);
    const early = await json(
      `${base()}/api/v1/statuses`,
      { status: 'x', media_ids: [media.id] },
      auth(token),
    );
    expect(early.status).toBe(422);
    expect((await fetch(`${base()}/api/v1/media/${media.id}`, { headers: auth(token) })).status).toBe(206);
    const done = await fetch(`${base()}/api/v1/media/${media.id}`, { headers: auth(token) });
    expect(done.status).toBe(200);
    expect(((await done.json()) as { url: string }).url).toMatch(/\/original\//);
  });

  it('replays an Idempotency-Key for an hour only', async () => {
    const token = await tokenFor('ada');
    const send = () =>
      json(`${base()}/api/v1/statuses`, { status: 'once' }, { ...auth(token), 'idempotency-key': 'k' });
    const first = (await (await send()).json()) as { id: string };
    expect(((await (await send()).json()) as { id: string }).id).toBe(first.id);
    emulator.social.advanceClock(3601);
    expect(((await (await send()).json()) as { id: string }).id).not.toBe(first.id);
  });

  it('limits 300 requests per 5 minutes with ISO reset headers', async () => {
    const token = await tokenFor('ada');
    let last: Response | undefined;
    for (let i = 0; i < 301; i += 1)
      last = await fetch(`${base()}/api/v1/accounts/verify_credentials`, { headers: auth(token) });
    expect([last?.status, await last?.json()]).toEqual([429, { error: 'Too many requests' }]);
    expect(last?.headers.get('x-ratelimit-limit')).toBe('300');
    expect(last?.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('lets only the author delete a status', async () => {
    const ada = await tokenFor('ada');
    const bob = await tokenFor('bob');
    const status = (await (
      await json(`${base()}/api/v1/statuses`, { status: 'mine' }, auth(ada))
    ).json()) as {
      id: string;
    };
    const url = `${base()}/api/v1/statuses/${status.id}`;
    expect((await fetch(url, { method: 'DELETE', headers: auth(bob) })).status).toBe(404);
    const deleted = await fetch(url, { method: 'DELETE', headers: auth(ada) });
    expect(((await deleted.json()) as { text: string }).text).toBe('mine');
    expect((await fetch(url)).status).toBe(404);
  });
});
