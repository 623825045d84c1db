// masto, unmodified, against an emulated Mastodon instance: its `url` is the instance origin from
// GET /__emulator/vendors, as it would be https://mastodon.social. Registers an app, connects with
// PKCE through the consent page (?auto=1) and masto's OAuth client, then posts and reads threads.
import { createHash, randomBytes } from 'node:crypto';
import { createOAuthAPIClient, createRestAPIClient, MastoHttpError, type mastodon } from 'masto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';

let emulator: Emulator;
let url: string;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  const vendors = (await (await fetch(`${emulator.url}/__emulator/vendors`)).json()) as {
    mastodon: { base: string };
  };
  url = vendors.mastodon.base;
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const REDIRECT = 'http://127.0.0.1:9/callback';
const SCOPES = 'read write';

/** v1.apps.create → consent page (PKCE S256, ?auto=1) → POST /oauth/token through masto's OAuth client. */
async function connect(handle: string): Promise<mastodon.rest.Client> {
  const app = await createRestAPIClient({ url }).v1.apps.create({
    clientName: 'Brandwright SDK test',
    redirectUris: REDIRECT,
    scopes: SCOPES,
  });
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId ?? '',
    redirect_uri: REDIRECT,
    scope: SCOPES,
    state: 'st',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    login_hint: handle,
    auto: '1',
  });
  const consent = await fetch(`${url}/oauth/authorize?${query}`, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
  // masto's token parameters predate PKCE; it snake-cases every key, so codeVerifier → code_verifier.
  const params = {
    grantType: 'authorization_code' as const,
    clientId: app.clientId ?? '',
    clientSecret: app.clientSecret ?? '',
    redirectUri: REDIRECT,
    code,
    scope: SCOPES,
    codeVerifier: verifier,
  };
  const token = await createOAuthAPIClient({ url }).token.create(params);
  return createRestAPIClient({ url, accessToken: token.accessToken });
}

const idempotent = (key: string) => ({ requestInit: { headers: { 'Idempotency-Key': key } } });

describe('masto against an emulated Mastodon instance', () => {
  it('connects, verifies credentials and reads the instance limits', async () => {
    const client = await connect('ada');
    const me = await client.v1.accounts.verifyCredentials();
    expect(me).toMatchObject({ username: 'ada', acct: 'ada', followersCount: expect.any(Number) });
    const instance = await client.v2.instance.fetch();
    expect(instance.domain).toBe(new URL(url).host);
    expect(instance.configuration.statuses.maxCharacters).toBe(500);
  });

  it('posts once per Idempotency-Key, threads replies and reads the context', async () => {
    const client = await connect('ada');
    const root = await client.v1.statuses.create({ status: 'A thread, part one' }, idempotent('k-1'));
    const again = await client.v1.statuses.create({ status: 'A thread, part one' }, idempotent('k-1'));
    expect(again.id).toBe(root.id);
    const second = await client.v1.statuses.create({ status: 'Part two', inReplyToId: root.id });
    const third = await client.v1.statuses.create({ status: 'Part three', inReplyToId: second.id });
    const context = await client.v1.statuses.$select(second.id).context.fetch();
    expect(context.ancestors.map((s) => s.id)).toEqual([root.id]);
    expect(context.descendants.map((s) => s.id)).toEqual([third.id]);
    expect(context.descendants[0]).toMatchObject({ inReplyToId: second.id, account: { username: 'ada' } });
    const whole = await client.v1.statuses.$select(root.id).context.fetch();
    expect(whole).toMatchObject({ ancestors: [], descendants: [{ id: second.id }, { id: third.id }] });
  });

  it('shows public threads without a token and hides private statuses from strangers', async () => {
    const client = await connect('ada');
    const root = await client.v1.statuses.create({ status: 'Public root' });
    const secret = await client.v1.statuses.create({
      status: 'Followers only',
      inReplyToId: root.id,
      visibility: 'private',
    });
    const anonymous = createRestAPIClient({ url });
    const context = await anonymous.v1.statuses.$select(root.id).context.fetch();
    expect(context.descendants).toEqual([]);
    const own = await client.v1.statuses.$select(root.id).context.fetch();
    expect(own.descendants.map((s) => s.id)).toEqual([secret.id]);
    const refused = await anonymous.v1.statuses
      .$select(secret.id)
      .context.fetch()
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MastoHttpError);
    expect((refused as MastoHttpError).statusCode).toBe(404);
  });

  it('lists an account’s statuses newest first, page by page through the Link header', async () => {
    const client = await connect('ada');
    const me = await client.v1.accounts.verifyCredentials();
    const posted: string[] = [];
    for (const text of ['one', 'two', 'three'])
      posted.push((await client.v1.statuses.create({ status: text })).id);
    const pages: string[][] = [];
    for await (const page of client.v1.accounts.$select(me.id).statuses.list({ limit: 2 }))
      pages.push(page.map((s) => s.id));
    expect(pages).toEqual([[posted[2], posted[1]], [posted[0]]]);
  });
});
