// The emulated instance's thread context on the wire: Mastodon's caps for anonymous readers (60
// descendants, 20 levels), statuses of one instance unknown to another, and Doorkeeper's exact
// code_challenge_method (X accepts `s256`; Mastodon does not).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';

let emulator: Emulator;
const REDIRECT = 'http://127.0.0.1/cb';
const VERIFIER = 'v'.repeat(43);
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

function authorizeUrl(base: string, clientId: string, method: string): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT,
    scope: 'read write',
    code_challenge: createHash('sha256').update(VERIFIER).digest('base64url'),
    code_challenge_method: method,
    login_hint: 'ada',
    auto: '1',
  });
  return `${base}/oauth/authorize?${query}`;
}

async function register(base: string): Promise<{ client_id: string; client_secret: string }> {
  const app = await post(`${base}/api/v1/apps`, {
    client_name: 'T',
    redirect_uris: REDIRECT,
    scopes: 'read write',
  });
  return (await app.json()) as { client_id: string; client_secret: string };
}

async function tokenOn(base: string): Promise<string> {
  const app = await register(base);
  const consent = await fetch(authorizeUrl(base, app.client_id, 'S256'), { redirect: 'manual' });
  const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const res = await post(`${base}/oauth/token`, {
    grant_type: 'authorization_code',
    code,
    client_id: app.client_id,
    client_secret: app.client_secret,
    redirect_uri: REDIRECT,
    code_verifier: VERIFIER,
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function status(base: string, token: string, text: string, replyTo?: string): Promise<string> {
  const res = await post(
    `${base}/api/v1/statuses`,
    { status: text, ...(replyTo ? { in_reply_to_id: replyTo } : {}) },
    { authorization: `Bearer ${token}` },
  );
  return ((await res.json()) as { id: string }).id;
}

async function context(base: string, id: string, token?: string) {
  const res = await fetch(`${base}/api/v1/statuses/${id}/context`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as { descendants: unknown[]; ancestors: unknown[] } };
}

describe('Mastodon status context', () => {
  it('caps anonymous readers at 60 descendants and 20 levels, as Mastodon does', async () => {
    const base = emulator.platformUrl('mastodon');
    const token = await tokenOn(base);
    const wide = await status(base, token, 'Wide root');
    for (let i = 0; i < 61; i += 1) await status(base, token, `Reply ${i}`, wide);
    expect((await context(base, wide)).body.descendants).toHaveLength(60);
    expect((await context(base, wide, token)).body.descendants).toHaveLength(61);
    const deep = await status(base, token, 'Deep root');
    let parent = deep;
    for (let i = 0; i < 21; i += 1) parent = await status(base, token, `Level ${i + 1}`, parent);
    expect((await context(base, deep)).body.descendants).toHaveLength(20);
    expect((await context(base, deep, token)).body.descendants).toHaveLength(21);
    expect((await context(base, parent)).body.ancestors).toHaveLength(21);
  });

  it('knows only its own instance’s statuses', async () => {
    const base = emulator.platformUrl('mastodon');
    const id = await status(base, await tokenOn(base), 'Here only');
    const other = await emulator.mastodonInstance();
    expect((await context(other, id)).status).toBe(404);
    expect((await context(other, id)).body).toEqual({ error: 'Record not found' });
    expect((await context(base, id)).status).toBe(200);
  });

  it('refuses a lowercase code_challenge_method, which Doorkeeper compares exactly', async () => {
    const base = emulator.platformUrl('mastodon');
    const app = await register(base);
    const refused = await fetch(authorizeUrl(base, app.client_id, 's256'), { redirect: 'manual' });
    expect(refused.status).toBe(400);
  });
});
