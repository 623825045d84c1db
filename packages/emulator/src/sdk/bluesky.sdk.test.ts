// @atproto/api, unmodified, against the emulated Bluesky PDS: `new AtpAgent({ service })` with the
// origin from GET /__emulator/vendors and an app password. The SDK validates every answer against
// its lexicons, so each view here is also checked for shape. Engagement counts are the seeded model
// plus the real like, repost and reply records (see social/bluesky/counts.ts).
import {
  AppBskyFeedDefs,
  AppBskyFeedGetPostThread,
  type AppBskyRichtextFacet,
  AtpAgent,
  RichText,
} from '@atproto/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../index.js';
import { engagementAt } from '../social/engagement.js';

let emulator: Emulator;
let service: string;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  const vendors = (await (await fetch(`${emulator.url}/__emulator/vendors`)).json()) as {
    bluesky: { base: string };
  };
  service = vendors.bluesky.base;
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

async function login(handle: string): Promise<AtpAgent> {
  const agent = new AtpAgent({ service });
  await agent.login({ identifier: handle, password: 'abcd-efgh-ijkl-mnop' });
  return agent;
}

type ThreadView = AppBskyFeedDefs.ThreadViewPost;
const asThread = (value: unknown): ThreadView => {
  expect(AppBskyFeedDefs.isThreadViewPost(value)).toBe(true);
  return value as ThreadView;
};

/** The seeded part of a post's counts, read from the emulator's own model at the emulator's clock. */
function seeded(uri: string) {
  const post = emulator.social.findPost('bluesky', uri);
  const account = post && emulator.social.accountById('bluesky', post.accountId);
  if (!post || !account) throw new Error(`no emulated post ${uri}`);
  return engagementAt(post, account, emulator.social.now());
}

describe('@atproto/api against the emulated Bluesky', () => {
  it('logs in with an app password and reads the profile', async () => {
    const agent = await login('ada.bsky.social');
    const profile = await agent.getProfile({ actor: agent.session?.did ?? '' });
    expect(profile.data).toMatchObject({ handle: 'ada.bsky.social', followersCount: expect.any(Number) });
  });

  it('posts with the facets the SDK detects, threads replies and reads the thread', async () => {
    const agent = await login('ada.bsky.social');
    const rt = new RichText({ text: 'Ask @grace.bsky.social about https://example.com #emulators' });
    await rt.detectFacets(agent);
    const root = await agent.post({ text: rt.text, facets: rt.facets });
    const second = await agent.post({ text: 'Part two', reply: { root, parent: root } });
    const third = await agent.post({ text: 'Part three', reply: { root, parent: second } });
    const whole = asThread((await agent.getPostThread({ uri: root.uri, depth: 10 })).data.thread);
    const features = (whole.post.record as { facets: AppBskyRichtextFacet.Main[] }).facets.map(
      (f) => f.features[0]?.$type,
    );
    expect(features).toEqual([
      'app.bsky.richtext.facet#mention',
      'app.bsky.richtext.facet#link',
      'app.bsky.richtext.facet#tag',
    ]);
    const child = asThread(whole.replies?.[0]);
    expect(child.post.uri).toBe(second.uri);
    expect(asThread(child.replies?.[0]).post.uri).toBe(third.uri);
    const shallow = asThread(
      (await agent.getPostThread({ uri: third.uri, parentHeight: 1, depth: 0 })).data.thread,
    );
    expect(asThread(shallow.parent).post.uri).toBe(second.uri);
    expect(asThread(shallow.parent).parent).toBeUndefined();
    expect(shallow.replies).toBeUndefined();
    const missing = `at://${agent.session?.did}/app.bsky.feed.post/3zzzzzzzzzzzz`;
    await expect(agent.getPostThread({ uri: missing })).rejects.toBeInstanceOf(
      AppBskyFeedGetPostThread.NotFoundError,
    );
  });

  it('counts likes, reposts and replies on top of the seeded engagement', async () => {
    const ada = await login('ada.bsky.social');
    const grace = await login('grace.bsky.social');
    const post = await ada.post({ text: 'Who else tests against emulators?' });
    // A month on, the seeded model has stopped growing; the agents refresh their expired sessions.
    emulator.social.advanceClock(30 * 86_400);
    const like = await grace.like(post.uri, post.cid);
    await grace.like(post.uri, post.cid);
    await ada.like(post.uri, post.cid);
    await grace.repost(post.uri, post.cid);
    await grace.post({ text: 'Me!', reply: { root: post, parent: post } });
    const base = seeded(post.uri);
    const [view] = (await grace.getPosts({ uris: [post.uri] })).data.posts;
    expect(view).toMatchObject({
      likeCount: base.likes + 2,
      repostCount: base.reposts + 1,
      replyCount: base.comments + 1,
      quoteCount: base.quotes,
      viewer: { like: expect.any(String), repost: expect.any(String) },
    });
    const likers = (await ada.getLikes({ uri: post.uri })).data.likes.map((l) => l.actor.handle);
    expect(likers).toEqual(['ada.bsky.social', 'grace.bsky.social']);
    const reposters = (await ada.getRepostedBy({ uri: post.uri })).data.repostedBy.map((p) => p.handle);
    expect(reposters).toEqual(['grace.bsky.social']);
    const records = await grace.com.atproto.repo.listRecords({
      repo: grace.session?.did ?? '',
      collection: 'app.bsky.feed.like',
    });
    expect(records.data.records).toHaveLength(2);
    expect(records.data.records[1]).toMatchObject({ uri: like.uri, value: { subject: { uri: post.uri } } });
    // The AppView had dropped grace's second like (one per account and post): undoing her first
    // leaves her no counted like, although the second record is still in her repository.
    await grace.deleteLike(like.uri);
    const feed = (await ada.getAuthorFeed({ actor: 'ada.bsky.social' })).data.feed;
    expect(feed.find((item) => item.post.uri === post.uri)?.post.likeCount).toBe(base.likes + 1);
    const [seen] = (await grace.getPosts({ uris: [post.uri] })).data.posts;
    expect(seen?.viewer?.like).toBeUndefined();
    await grace.deleteLike(records.data.records[0]?.uri ?? '');
    const after = asThread((await ada.getPostThread({ uri: post.uri })).data.thread);
    expect(after.post.likeCount).toBe(base.likes + 1);
  });
});
