// Publishing through the Bluesky adapter against the emulated PDS: facets the PDS accepts, the
// 300-grapheme limit, threads, images, retries that never duplicate, metrics, deletion, 429 and 5xx.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPlatformError, type PlatformErrorCode } from '../errors.js';
import type { HttpSettings } from '../http.js';
import type { Session, SocialClient } from '../port.js';
import { publishThread } from '../test/thread.js';
import { createBlueskyClient } from './index.js';

let emulator: Emulator;
let client: SocialClient;
let session: Session;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  client = clientWith({ timeoutMs: 5000 });
  const result = await client.loginWithSecret?.({
    identifier: 'ada.bsky.social',
    secret: 'abcd-efgh-ijkl-mnop',
  });
  if (!result) throw new Error('login failed');
  session = { account: result.account, accessToken: result.tokens.accessToken };
});

const clientWith = (http: HttpSettings) =>
  createBlueskyClient({ serviceUrl: emulator.platformUrl('bluesky'), http });

async function failure(promise: Promise<unknown>): Promise<PlatformErrorCode | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    if (isPlatformError(error)) return error.code;
    throw error;
  }
}

const fault = (body: Record<string, unknown>) =>
  fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ platform: 'bluesky', ...body }),
  });

/** Moves the emulator clock to next Tuesday 08:30 UTC, a time the engagement model always rewards. */
function toTuesdayMorning(): void {
  const now = new Date(emulator.social.now());
  const ahead = (2 - now.getUTCDay() + 7) % 7 || 7;
  const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ahead, 8, 30);
  emulator.social.advanceClock((target - now.getTime()) / 1000);
}

async function listedPosts() {
  const res = await fetch(`${emulator.url}/__emulator/posts?platform=bluesky`);
  return (
    (await res.json()) as {
      posts: {
        id: string;
        text: string;
        replyToId?: string;
        rootId?: string;
        mediaIds: string[];
        extra: { record: { facets?: { index: { byteStart: number; byteEnd: number } }[] } };
      }[];
    }
  ).posts;
}

describe('Bluesky publishing', () => {
  it('publishes with facets the PDS accepts at the right byte offsets', async () => {
    const text = 'Café ☕ 日本語 #ブランド with @bob.bsky.social 👋🏽 https://example.com/ü?q=1';
    const post = await client.publish(session, { text, idempotencyKey: 'facets' });
    expect(post.id).toMatch(/^at:\/\/did:plc:[a-z2-7]+\/app\.bsky\.feed\.post\/[2-7a-z]{13}$/);
    expect(post.cid).toMatch(/^bafyrei/);
    expect(post.url).toBe(`https://bsky.app/profile/ada.bsky.social/post/${post.id.split('/').pop()}`);
    const [stored] = await listedPosts();
    const bytes = new TextEncoder().encode(text);
    const pieces = (stored?.extra.record.facets ?? []).map((f) =>
      new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)),
    );
    expect(pieces).toEqual(['#ブランド', '@bob.bsky.social', 'https://example.com/ü?q=1']);
  });

  it('counts graphemes: 300 combined characters pass, 301 do not (here and at the PDS)', async () => {
    const combining = 'e\u0301'.repeat(300);
    await expect(client.publish(session, { text: combining, idempotencyKey: 'g300' })).resolves.toBeDefined();
    expect(await failure(client.publish(session, { text: `${combining}x`, idempotencyKey: 'g301' }))).toBe(
      'INVALID_CONTENT',
    );
    const res = await fetch(`${emulator.platformUrl('bluesky')}/xrpc/com.atproto.repo.createRecord`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({
        repo: session.account.id,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text: `${combining}x`, createdAt: new Date().toISOString() },
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'InvalidRequest',
      message: expect.stringMatching(/300 graphemes/),
    });
  });

  it('publishes a thread of three, each part replying with root and parent', async () => {
    const parts = ['One 🧵', 'Two', 'Three'].map((text) => ({ text }));
    const published = await publishThread(client, session, parts, 'thread-1');
    const posts = await listedPosts();
    const [first, second, third] = published.map((p) => posts.find((s) => s.id === p.id));
    expect(first?.replyToId).toBeUndefined();
    expect(second).toMatchObject({ replyToId: first?.id, rootId: first?.id });
    expect(third).toMatchObject({ replyToId: second?.id, rootId: first?.id });
  });

  it('uploads images and refuses ones over 1,000,000 bytes before sending anything', async () => {
    const image = { bytes: new Uint8Array(2048).fill(7), mimeType: 'image/png', altText: 'A grey square' };
    await client.publish(session, { text: 'With a picture', media: [image], idempotencyKey: 'img' });
    expect((await listedPosts())[0]?.mediaIds).toHaveLength(1);
    const huge = { bytes: new Uint8Array(1_000_001), mimeType: 'image/jpeg' };
    expect(
      await failure(client.publish(session, { text: 'Too big', media: [huge], idempotencyKey: 'big' })),
    ).toBe('INVALID_CONTENT');
  });

  it('returns the same post when a publish that timed out is retried', async () => {
    await fault({ kind: 'timeout', operation: 'publish', latencyMs: 600 });
    const impatient = clientWith({ timeoutMs: 300 });
    const post = { text: 'Exactly once', idempotencyKey: 'pub_42:0' };
    expect(await failure(impatient.publish(session, post))).toBe('UNKNOWN_OUTCOME');
    const retried = await impatient.publish(session, post);
    const posts = await listedPosts();
    expect(posts).toHaveLength(1);
    expect(retried.id).toBe(posts[0]?.id);
  });

  it('also recognises a named "record exists" error, should the PDS adopt one', async () => {
    const renaming: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status !== 500) return response;
      return Response.json(
        { error: 'RecordAlreadyExists', message: 'Record already exists' },
        { status: 400 },
      );
    };
    const strict = clientWith({ timeoutMs: 5000, fetch: renaming });
    const first = await strict.publish(session, { text: 'Once', idempotencyKey: 'named' });
    const again = await strict.publish(session, { text: 'Once', idempotencyKey: 'named' });
    expect(again).toMatchObject({ id: first.id, cid: first.cid });
    expect(await listedPosts()).toHaveLength(1);
  });

  it('reads metrics that grow with time, and the account counts', async () => {
    toTuesdayMorning();
    const relogin = await client.loginWithSecret?.({
      identifier: 'ada.bsky.social',
      secret: 'abcd-efgh-ijkl-mnop',
    });
    session = { account: session.account, accessToken: relogin?.tokens.accessToken ?? '' };
    const post = await client.publish(session, {
      text: 'What makes a good brand voice?',
      idempotencyKey: 'm',
    });
    const fresh = await client.postMetrics(session, post);
    expect(fresh?.impressions).toBeUndefined();
    emulator.social.advanceClock(24 * 3600);
    const login = await client.loginWithSecret?.({
      identifier: 'ada.bsky.social',
      secret: 'abcd-efgh-ijkl-mnop',
    });
    const later = { account: session.account, accessToken: login?.tokens.accessToken ?? '' };
    const grown = await client.postMetrics(later, post);
    expect(grown?.likes).toBeGreaterThan(fresh?.likes ?? 0);
    expect(grown?.comments).toBeGreaterThanOrEqual(fresh?.comments ?? 0);
    expect(await client.accountMetrics(later)).toMatchObject({ posts: 1, following: expect.any(Number) });
    const recent = await client.recentPosts?.(later, new Date(post.publishedAt.getTime() - 1000));
    expect(recent?.map((r) => r.id)).toEqual([post.id]);
  });

  it('deletes, and deleting again is fine', async () => {
    const post = await client.publish(session, { text: 'Short-lived', idempotencyKey: 'd' });
    await client.delete(session, post.id);
    expect(await failure(client.postMetrics(session, post))).toBe('NOT_FOUND');
    expect(await failure(client.delete(session, post.id))).toBe('resolved');
    expect(await listedPosts()).toHaveLength(0);
  });

  it('maps 429 with its reset, and 5xx without creating anything', async () => {
    await fault({ kind: 'rate_limit', operation: 'publish', retryAfterSeconds: 120 });
    let limited: unknown;
    try {
      await client.publish(session, { text: 'Slow down', idempotencyKey: 'r' });
    } catch (error) {
      limited = error;
    }
    expect(isPlatformError(limited, 'RATE_LIMITED')).toBe(true);
    const wait = isPlatformError(limited) ? (limited.retryAfterSeconds ?? 0) : 0;
    expect(wait).toBeGreaterThan(100);
    expect(wait).toBeLessThanOrEqual(121);
    await fault({ kind: 'server_error', operation: 'publish' });
    // Whether a write went through before a 5xx is unknown to the client (here it did not).
    expect(await failure(client.publish(session, { text: 'Down', idempotencyKey: 's' }))).toBe(
      'UNKNOWN_OUTCOME',
    );
    expect(await listedPosts()).toHaveLength(0);
  });

  it('lets a duplicate text through, as Bluesky has no duplicate check', async () => {
    await client.publish(session, { text: 'Same words', idempotencyKey: 'a' });
    await fault({ kind: 'duplicate', operation: 'publish' });
    await client.publish(session, { text: 'Same words', idempotencyKey: 'b' });
    expect(await listedPosts()).toHaveLength(2);
  });
});
