// The emulated X's recent search and multi-tweet lookup on the wire: what a query matches, what X
// refuses (unknown operators, negation-only and conjunction-only queries, bad windows and page
// sizes, bad id lists) and the bodies it refuses them with.
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

async function accessToken(handle: string): Promise<string> {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: SANDBOX_CLIENT.clientId,
    redirect_uri: REDIRECT,
    scope: 'tweet.read tweet.write users.read',
    state: 's',
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    login_hint: handle,
    auto: '1',
  });
  const consent = await fetch(`${x}/i/oauth2/authorize?${params}`, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const basic = Buffer.from(`${SANDBOX_CLIENT.clientId}:${SANDBOX_CLIENT.clientSecret}`).toString('base64');
  const res = await fetch(`${x}/2/oauth2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}` },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
    }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const get = async (bearer: string, path: string) => {
  const res = await fetch(`${x}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
async function tweet(bearer: string, text: string, replyTo?: string): Promise<string> {
  const res = await fetch(`${x}/2/tweets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text, ...(replyTo ? { reply: { in_reply_to_tweet_id: replyTo } } : {}) }),
  });
  return ((await res.json()) as { data: { id: string } }).data.id;
}
const search = (bearer: string, query: string, extra = '') =>
  get(bearer, `/2/tweets/search/recent?query=${encodeURIComponent(query)}${extra}`);
const ids = (body: Record<string, unknown>) => ((body.data ?? []) as { id: string }[]).map((t) => t.id);

describe('X recent search', () => {
  it('matches keywords, phrases, from:, to:, negation and OR; conversation_id gives the replies', async () => {
    const ada = await accessToken('ada');
    const grace = await accessToken('grace');
    const root = await tweet(ada, 'Emulators make tests honest');
    const answer = await tweet(grace, 'Honest tests need faithful emulators', root);
    const more = await tweet(ada, 'And faithful emulators need care', answer);
    const other = await tweet(grace, 'Unrelated thoughts on coffee');
    expect(ids((await search(ada, `conversation_id:${root}`)).body)).toEqual([more, answer]);
    expect(ids((await search(ada, 'emulators -from:grace')).body)).toEqual([more, root]);
    expect(ids((await search(ada, '"faithful emulators" to:grace')).body)).toEqual([more]);
    expect(ids((await search(ada, 'coffee OR (honest is:reply)')).body)).toEqual([other, answer]);
    expect((await search(ada, 'nothing-matches-this')).body).toEqual({ meta: { result_count: 0 } });
  });

  it('pages with next_token, newest first', async () => {
    const ada = await accessToken('ada');
    const posted: string[] = [];
    for (let i = 0; i < 12; i += 1) posted.push(await tweet(ada, `Numbered post ${i}`));
    const first = await search(ada, 'numbered');
    expect(ids(first.body)).toEqual(posted.slice(2).reverse());
    const meta = first.body.meta as { next_token: string; result_count: number };
    expect(meta.result_count).toBe(10);
    const second = await search(ada, 'numbered', `&next_token=${meta.next_token}`);
    expect(ids(second.body)).toEqual([posted[1], posted[0]]);
    expect(second.body.meta).toEqual({ newest_id: posted[1], oldest_id: posted[0], result_count: 2 });
  });

  it('refuses queries X refuses, with X’s invalid-request body', async () => {
    const ada = await accessToken('ada');
    const unknown = await search(ada, 'cats foo:bar');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
      errors: [{ parameters: { query: ['cats foo:bar'] } }],
    });
    expect(JSON.stringify(unknown.body)).toContain("Reference to invalid operator 'foo'");
    expect(JSON.stringify((await search(ada, 'is:reply')).body)).toContain('conjunction-required');
    expect(JSON.stringify((await search(ada, '-cats')).body)).toContain('non-negation term');
    expect((await search(ada, 'cats', '&max_results=5')).status).toBe(400);
    expect((await get(ada, '/2/tweets/search/recent')).status).toBe(400);
  });

  it('searches only the last seven days and refuses a start_time before them', async () => {
    const ada = await accessToken('ada');
    await tweet(ada, 'An old post about gardens');
    emulator.social.advanceClock(8 * 86_400);
    const fresh = await accessToken('ada');
    const recent = await tweet(fresh, 'A new post about gardens');
    expect(ids((await search(fresh, 'gardens')).body)).toEqual([recent]);
    const old = new Date(emulator.social.now() - 8 * 86_400_000).toISOString();
    const refused = await search(fresh, 'gardens', `&start_time=${old}`);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("'start_time' must be on or after");
  });
});

describe('X multi-tweet lookup', () => {
  it('refuses an empty list and ids that are not numbers', async () => {
    const ada = await accessToken('ada');
    const empty = await get(ada, '/2/tweets?ids=');
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([
      { parameters: { ids: [''] }, message: 'The `ids` query parameter can not be empty' },
    ]);
    const bad = await get(ada, '/2/tweets?ids=123,abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { parameters: { ids: ['abc'] }, message: 'The `ids` query parameter value [abc] is not valid' },
    ]);
  });

  it('answers only errors[] when no id exists, and asks for non_public_metrics of own tweets only', async () => {
    const ada = await accessToken('ada');
    const grace = await accessToken('grace');
    const hers = await tweet(grace, 'Mine, not yours');
    const none = await get(ada, '/2/tweets?ids=1234567890123456789');
    expect(Object.keys(none.body)).toEqual(['errors']);
    const mixed = await get(ada, `/2/tweets?ids=${hers}&tweet.fields=non_public_metrics`);
    expect(ids(mixed.body)).toEqual([hers]);
    expect(mixed.body.errors).toMatchObject([{ title: 'Field Authorization Error', resource_id: hers }]);
  });
});
