// Likes, reposts and threads on the emulated PDS, spoken raw over XRPC: the lexicon checks on like
// records, a like of a missing post (stored and indexed by its subject uri), listRecords paging, deleting what is
// not there, and getPostThread's NotFound, notFoundPost parents and parameter bounds.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';
import { SocialState } from '../state.js';

let emulator: Emulator;
let token: string;
let did: string;

function xrpc(nsid: string, body?: unknown, query = '') {
  return fetch(`${emulator.platformUrl('bluesky')}/xrpc/${nsid}${query}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const json = async (res: Response) => [res.status, await res.json()] as const;

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

const createdAt = () => new Date().toISOString();
async function post(text: string, reply?: { uri: string; cid: string }) {
  const record = {
    $type: 'app.bsky.feed.post',
    text,
    createdAt: createdAt(),
    reply: reply && { root: reply, parent: reply },
  };
  const res = await xrpc('com.atproto.repo.createRecord', {
    repo: did,
    collection: 'app.bsky.feed.post',
    record,
  });
  return (await res.json()) as { uri: string; cid: string };
}
const like = (subject: unknown, extra: Record<string, unknown> = {}) =>
  xrpc('com.atproto.repo.createRecord', {
    repo: did,
    collection: 'app.bsky.feed.like',
    record: { $type: 'app.bsky.feed.like', subject, createdAt: createdAt(), ...extra },
  });

describe('like and repost records', () => {
  it('checks the strong ref and $type like the lexicon', async () => {
    const target = await post('Like me');
    const [status, body] = await json(await like({ uri: target.uri }));
    expect([status, body]).toEqual([
      400,
      {
        error: 'InvalidRequest',
        message: 'Invalid app.bsky.feed.like record: Record/subject/cid must be a cid string',
      },
    ]);
    const wrongType = await like(target, { $type: 'app.bsky.feed.repost' });
    expect(((await wrongType.json()) as { message: string }).message).toBe(
      'Invalid $type: expected app.bsky.feed.like, got app.bsky.feed.repost',
    );
    expect((await like({ uri: 'https://bsky.app/x', cid: target.cid })).status).toBe(400);
  });

  it('stores a like of a post that does not exist: the PDS does not look, the AppView indexes by uri', async () => {
    const ghost = `at://${did}/app.bsky.feed.post/3kzzzzzzzzzz2`;
    const res = await like({ uri: ghost, cid: (await post('Real')).cid });
    expect(res.status).toBe(200);
    const [, likes] = await json(
      await xrpc('app.bsky.feed.getLikes', undefined, `?uri=${encodeURIComponent(ghost)}`),
    );
    expect(likes).toMatchObject({ uri: ghost, likes: [{ actor: { did, handle: 'ada.bsky.social' } }] });
    const [, posts] = await json(await xrpc('app.bsky.feed.getPosts', undefined, `?uris=${ghost}`));
    expect(posts).toEqual({ posts: [] });
  });

  it('lists records newest first with a cursor, or oldest first with reverse', async () => {
    const target = await post('Liked three times');
    const uris: string[] = [];
    for (let i = 0; i < 3; i += 1) uris.push(((await (await like(target)).json()) as { uri: string }).uri);
    const list = (query: string) =>
      xrpc('com.atproto.repo.listRecords', undefined, `?repo=${did}&collection=app.bsky.feed.like${query}`);
    const [, first] = await json(await list('&limit=2'));
    const page = first as { records: { uri: string }[]; cursor: string };
    expect(page.records.map((r) => r.uri)).toEqual([uris[2], uris[1]]);
    const [, rest] = await json(await list(`&limit=2&cursor=${page.cursor}`));
    expect((rest as { records: { uri: string }[] }).records.map((r) => r.uri)).toEqual([uris[0]]);
    const [, reversed] = await json(await list('&reverse=true'));
    expect((reversed as { records: { uri: string }[] }).records.map((r) => r.uri)).toEqual(uris);
    const [status] = await json(
      await xrpc('com.atproto.repo.listRecords', undefined, '?repo=nobody.invalid&collection=x'),
    );
    expect(status).toBe(400);
  });

  it('deletes a like that is not there without a commit', async () => {
    const res = await xrpc('com.atproto.repo.deleteRecord', {
      repo: did,
      collection: 'app.bsky.feed.like',
      rkey: '3kzzzzzzzzzz2',
    });
    expect(await json(res)).toEqual([200, {}]);
  });

  it('keeps records across a state file and restores older files without them', async () => {
    await like(await post('Persist me'));
    const copy = new SocialState('http://emulator');
    copy.restore(JSON.parse(JSON.stringify(emulator.social.snapshot())));
    expect(copy.records).toEqual(emulator.social.records);
    expect(copy.records).toHaveLength(1);
    const { records: _, ...older } = emulator.social.snapshot();
    copy.restore(older);
    expect(copy.records).toEqual([]);
  });
});

describe('getPostThread', () => {
  it('answers NotFound for a missing post and a notFoundPost for a deleted parent', async () => {
    const missing = `at://${did}/app.bsky.feed.post/3kzzzzzzzzzz2`;
    expect(await json(await xrpc('app.bsky.feed.getPostThread', undefined, `?uri=${missing}`))).toEqual([
      400,
      { error: 'NotFound', message: `Post not found: ${missing}` },
    ]);
    const root = await post('Root');
    const reply = await post('Reply', root);
    await xrpc('com.atproto.repo.deleteRecord', {
      repo: did,
      collection: 'app.bsky.feed.post',
      rkey: root.uri.split('/').pop(),
    });
    const [, body] = await json(await xrpc('app.bsky.feed.getPostThread', undefined, `?uri=${reply.uri}`));
    expect((body as { thread: { parent: unknown } }).thread.parent).toEqual({
      $type: 'app.bsky.feed.defs#notFoundPost',
      uri: root.uri,
      notFound: true,
    });
  });

  it('refuses depth and parentHeight outside 0 to 1000', async () => {
    const root = await post('Root');
    for (const query of ['&depth=1001', '&parentHeight=-1', '&depth=two'])
      expect((await xrpc('app.bsky.feed.getPostThread', undefined, `?uri=${root.uri}${query}`)).status).toBe(
        400,
      );
  });
});
