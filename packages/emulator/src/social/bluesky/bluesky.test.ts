// The emulated PDS's own contract, spoken raw over HTTP: error bodies and status codes, the
// record-key collision answer, lexicon checks, rate-limit headers and author-feed pagination.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';

let emulator: Emulator;
let token: string;
let did: string;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  const res = await xrpc('com.atproto.server.createSession', {
    identifier: 'ada.bsky.social',
    password: 'aaaa-bbbb-cccc-dddd',
  });
  ({ accessJwt: token, did } = (await res.json()) as { accessJwt: string; did: string });
});

function xrpc(nsid: string, body?: unknown, auth?: string, query = '') {
  return fetch(`${emulator.platformUrl('bluesky')}/xrpc/${nsid}${query}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const record = (extra: Record<string, unknown> = {}) => ({
  $type: 'app.bsky.feed.post',
  text: 'Hello',
  createdAt: new Date().toISOString(),
  ...extra,
});
const create = (extra: Record<string, unknown> = {}, rkey?: string) =>
  xrpc(
    'com.atproto.repo.createRecord',
    { repo: did, collection: 'app.bsky.feed.post', rkey, record: record(extra) },
    token,
  );

describe('emulated Bluesky PDS', () => {
  it('answers auth failures with the PDS bodies', async () => {
    expect(await (await xrpc('app.bsky.actor.getProfile', undefined, undefined, '?actor=x')).json()).toEqual({
      error: 'AuthMissing',
      message: 'Authentication Required',
    });
    emulator.social.advanceClock(7201);
    const expired = await xrpc('com.atproto.server.getSession', undefined, token);
    expect([expired.status, await expired.json()]).toEqual([
      400,
      { error: 'ExpiredToken', message: 'Token has expired' },
    ]);
    expect((await xrpc('com.atproto.server.getSession', undefined, 'nonsense')).status).toBe(401);
  });

  it('fails a create at a taken record key with 500, and spends 3 points per create', async () => {
    const first = await create({}, '3kabcdefghij2');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-remaining')).toBe('4997');
    expect(first.headers.get('ratelimit-policy')).toBe('5000;w=3600');
    const again = await create({}, '3kabcdefghij2');
    expect([again.status, await again.json()]).toEqual([
      500,
      { error: 'InternalServerError', message: 'Internal Server Error' },
    ]);
    const got = await xrpc(
      'com.atproto.repo.getRecord',
      undefined,
      undefined,
      `?repo=${did}&collection=app.bsky.feed.post&rkey=3kabcdefghij2`,
    );
    expect(((await got.json()) as { value: { text: string } }).value.text).toBe('Hello');
  });

  it('validates records like the lexicon', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        {
          facets: [
            {
              index: { byteStart: 0, byteEnd: 1 },
              features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'é' }],
            },
          ],
          text: 'éa',
        },
        /splits a UTF-8/,
      ],
      [
        {
          facets: [
            {
              index: { byteStart: 0, byteEnd: 9 },
              features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'x' }],
            },
          ],
        },
        /outside the text/,
      ],
      [
        {
          reply: {
            root: { uri: `at://${did}/app.bsky.feed.post/3kzzzzzzzzzz2`, cid: 'x' },
            parent: { uri: 'x', cid: 'x' },
          },
        },
        /reply\/root/,
      ],
      [
        {
          embed: {
            $type: 'app.bsky.embed.images',
            images: [{ alt: '', image: { $type: 'blob', ref: { $link: 'bafkreinope' } } }],
          },
        },
        /Could not find blob/,
      ],
      [{ text: 'x'.repeat(3001) }, /3000 characters/],
    ];
    for (const [extra, message] of cases) {
      const res = await create(extra);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect((await create({}, 'not-a-tid')).status).toBe(400);
  });

  it('limits createSession per identifier with RateLimit headers', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 30; i += 1)
      last = await xrpc('com.atproto.server.createSession', {
        identifier: 'ada.bsky.social',
        password: 'aaaa-bbbb-cccc-dddd',
      });
    expect(last?.status).toBe(429);
    expect(await last?.json()).toEqual({ error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' });
    expect(last?.headers.get('ratelimit-policy')).toBe('30;w=300');
    expect(Number(last?.headers.get('ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('pages the author feed newest first', async () => {
    for (const text of ['one', 'two', 'three']) {
      await create({ text });
      emulator.social.advanceClock(60);
    }
    const page = async (cursor?: string) =>
      (await (
        await xrpc(
          'app.bsky.feed.getAuthorFeed',
          undefined,
          token,
          `?actor=${did}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json()) as {
        feed: { post: { record: { text: string } } }[];
        cursor?: string;
      };
    const first = await page();
    expect(first.feed.map((f) => f.post.record.text)).toEqual(['three', 'two']);
    const second = await page(first.cursor);
    expect(second.feed.map((f) => f.post.record.text)).toEqual(['one']);
    expect(second.cursor).toBeUndefined();
  });
});
