// twitter-api-v2, unmodified, against the emulated X. The library hard-codes https://x.com and
// https://api.x.com; its documented plugin hooks move each request to the emulator's X origin
// (onBeforeRequestConfig rewrites the request URL, onOAuth2RequestToken the consent link) and its
// `httpAgent` setting lets its https.request speak plain HTTP to the loopback origin.
import { Agent } from 'node:http';
import { ApiResponseError, type ITwitterApiClientPlugin, TwitterApi } from 'twitter-api-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';
import { SANDBOX_CLIENT } from '../social/sandbox-clients.js';

let emulator: Emulator;
let x: string;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  // What a deployment reads: the vendor origins from the control API.
  const vendors = (await (await fetch(`${emulator.url}/__emulator/vendors`)).json()) as {
    x: { base: string };
  };
  x = vendors.x.base;
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const REDIRECT = 'http://127.0.0.1:9/callback';
const SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access'];

/** Sends twitter-api-v2's x.com / api.x.com requests to `base`, path and query untouched. */
function emulatorPlugin(base: string): ITwitterApiClientPlugin {
  const rebase = (url: string) => {
    const from = new URL(url);
    if (!/(^|\.)(x|twitter)\.com$/.test(from.hostname)) return url;
    return new URL(`${from.pathname}${from.search}`, base).toString();
  };
  return {
    onBeforeRequestConfig: ({ params }) => {
      params.url = rebase(params.url);
    },
    onOAuth2RequestToken: ({ result }) => {
      result.url = rebase(result.url);
    },
  };
}

const app = () =>
  new TwitterApi(
    { clientId: SANDBOX_CLIENT.clientId, clientSecret: SANDBOX_CLIENT.clientSecret },
    { plugins: [emulatorPlugin(x)], httpAgent: new Agent() },
  );

/** generateOAuth2AuthLink → the consent page (approved with ?auto=1) → loginWithOAuth2. */
async function connect(handle = 'ada') {
  const link = app().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
  expect(link.url.startsWith(`${x}/i/oauth2/authorize?`)).toBe(true);
  expect(new URL(link.url).searchParams.get('code_challenge_method')).toBe('s256');
  const consent = await fetch(`${link.url}&auto=1&login_hint=${handle}`, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const back = new URL(consent.headers.get('location') ?? '');
  expect(back.searchParams.get('state')).toBe(link.state);
  return app().loginWithOAuth2({
    code: back.searchParams.get('code') ?? '',
    codeVerifier: link.codeVerifier,
    redirectUri: REDIRECT,
  });
}

describe('twitter-api-v2 against the emulated X', () => {
  it('connects with OAuth 2.0 PKCE and reads the signed-in user', async () => {
    const login = await connect();
    expect(login.scope.sort()).toEqual([...SCOPES].sort());
    expect(login.expiresIn).toBe(7200);
    expect(login.refreshToken).toEqual(expect.any(String));
    const me = await login.client.v2.me({ 'user.fields': ['public_metrics'] });
    expect(me.data).toMatchObject({
      username: 'ada',
      public_metrics: { followers_count: expect.any(Number) },
    });
  });

  it('posts a thread and reads it back by ids, by id and by conversation', async () => {
    const { client } = await connect();
    const root = await client.v2.tweet('A thread about emulators, part one');
    const second = await client.v2.reply('Part two', root.data.id);
    const third = await client.v2.reply('Part three', second.data.id);
    const missing = '1234567890123456789';
    const fields = ['conversation_id', 'created_at', 'public_metrics', 'non_public_metrics'] as const;
    const lookup = await client.v2.tweets([root.data.id, third.data.id, missing], {
      'tweet.fields': [...fields],
    });
    expect(lookup.data.map((t) => [t.id, t.conversation_id])).toEqual([
      [root.data.id, root.data.id],
      [third.data.id, root.data.id],
    ]);
    expect(lookup.data[0]?.non_public_metrics).toMatchObject({ impression_count: expect.any(Number) });
    expect(lookup.errors).toEqual([
      {
        value: missing,
        detail: `Could not find tweet with ids: [${missing}].`,
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: missing,
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ]);
    const replies = await client.v2.search(`conversation_id:${root.data.id}`, {
      'tweet.fields': ['conversation_id', 'in_reply_to_user_id', 'referenced_tweets'],
    });
    expect(replies.tweets.map((t) => t.id)).toEqual([third.data.id, second.data.id]);
    expect(replies.tweets[0]?.referenced_tweets).toEqual([{ type: 'replied_to', id: second.data.id }]);
    expect(replies.meta).toMatchObject({ result_count: 2, newest_id: third.data.id });
  });

  it('refuses more than 100 ids the way X does', async () => {
    const { client } = await connect();
    const ids = Array.from({ length: 101 }, (_, i) => String(1_000_000 + i));
    const refused = await client.v2.tweets(ids).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiResponseError);
    expect((refused as ApiResponseError).code).toBe(400);
    expect((refused as ApiResponseError).data).toMatchObject({ title: 'Invalid Request' });
  });

  it('reads public metrics that grow, and refreshes an expired session with the rotated token', async () => {
    const { client, refreshToken } = await connect();
    const posted = await client.v2.tweet('What would you build with a faithful emulator? #testing');
    emulator.social.advanceClock(3 * 3600);
    const expired = await client.v2.me().catch((error: unknown) => error);
    expect((expired as ApiResponseError).code).toBe(401);
    const refreshed = await app().refreshOAuth2Token(refreshToken ?? '');
    expect(refreshed.refreshToken).not.toBe(refreshToken);
    const single = await refreshed.client.v2.singleTweet(posted.data.id, {
      'tweet.fields': ['public_metrics'],
    });
    expect(single.data.public_metrics?.impression_count).toBeGreaterThan(0);
    expect(Object.keys(single.data.public_metrics ?? {}).sort()).toEqual([
      'bookmark_count',
      'impression_count',
      'like_count',
      'quote_count',
      'reply_count',
      'retweet_count',
    ]);
    const replayed = await app()
      .refreshOAuth2Token(refreshToken ?? '')
      .catch((error: unknown) => error);
    expect((replayed as ApiResponseError).code).toBe(400);
  });
});
