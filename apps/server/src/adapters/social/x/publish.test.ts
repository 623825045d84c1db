// Publishing through the X adapter against the emulated X: text, threads (and resuming one that
// failed midway), images, weighted length at the 280 boundary, duplicates, outages, timeouts whose
// tweet exists anyway (found again through recentPosts), and deletion.
import twitterText from 'twitter-text';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlatformError } from '../errors.js';
import type { PublishedPost, Session } from '../port.js';
import { publishThread } from '../test/thread.js';
import { codeOf, startXKit, type XKit } from './test/x-kit.js';

// twitter-text is CommonJS: its named exports are only reachable through the default import.
const { parseTweet } = twitterText;

let kit: XKit;
let session: Session;
beforeAll(async () => {
  kit = await startXKit();
});
afterAll(() => kit.close());
beforeEach(async () => {
  kit.emulator.state.reset();
  ({ session } = await kit.connect('ada'));
});

const post = (text: string, extra: Record<string, unknown> = {}) => ({
  text,
  idempotencyKey: text,
  ...extra,
});
/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

describe('X publish', () => {
  it('publishes text and returns the id, a readable URL and X’s own time', async () => {
    const before = Date.now();
    const published = await kit.client.publish(session, post('Hello from the sandbox'));
    const [stored] = await kit.posts();
    expect(stored).toMatchObject({ id: published.id, text: 'Hello from the sandbox', handle: 'ada' });
    expect(published.url).toBe(`${kit.emulator.platformUrl('x')}/i/web/status/${published.id}`);
    expect((await fetch(published.url)).status).toBe(200);
    expect(published.publishedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(published.publishedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('publishes a 3-part thread as a reply chain', async () => {
    const parts = [{ text: 'Thread 1/3' }, { text: 'Thread 2/3' }, { text: 'Thread 3/3' }];
    const published = await publishThread(kit.client, session, parts, 'thread-a');
    const stored = await kit.posts();
    const byId = new Map(stored.map((p) => [p.id, p]));
    expect(published.map((p) => byId.get(p.id)?.text)).toEqual(['Thread 1/3', 'Thread 2/3', 'Thread 3/3']);
    expect(byId.get(published[0]?.id ?? '')?.replyToId).toBeUndefined();
    expect(byId.get(published[1]?.id ?? '')?.replyToId).toBe(published[0]?.id);
    expect(byId.get(published[2]?.id ?? '')?.replyToId).toBe(published[1]?.id);
    expect(byId.get(published[2]?.id ?? '')?.rootId).toBe(published[0]?.id);
  });

  it('resumes a thread that failed at part 2 without posting part 1 again', async () => {
    const parts = [{ text: 'Resume 1/3' }, { text: 'Resume 2/3' }, { text: 'Resume 3/3' }];
    const progress: PublishedPost[] = [];
    const failure = await publishThread(kit.client, session, parts, 'thread-b', [], async (_i, part) => {
      progress.push(part);
      if (progress.length === 1) await kit.fault({ kind: 'server_error', count: 1, operation: 'publish' });
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformError);
    expect((failure as PlatformError).code).toBe('UNKNOWN_OUTCOME');
    expect((await kit.posts()).map((p) => p.text)).toEqual(['Resume 1/3']);

    const done = await publishThread(kit.client, session, parts, 'thread-b', progress);
    const stored = await kit.posts();
    expect(stored.map((p) => p.text)).toEqual(['Resume 1/3', 'Resume 2/3', 'Resume 3/3']);
    expect(stored[1]?.replyToId).toBe(done[0]?.id);
    expect(stored[2]?.replyToId).toBe(done[1]?.id);
  });

  it('uploads images first, with alt text, then attaches them', async () => {
    const media = [{ bytes: PNG, mimeType: 'image/png', altText: 'A single pixel' }];
    const published = await kit.client.publish(session, post('With a picture', { media }));
    const [stored] = await kit.posts();
    expect(stored?.id).toBe(published.id);
    expect(stored?.mediaIds).toHaveLength(1);
    const uploaded = kit.emulator.social.media.find((m) => m.id === stored?.mediaIds[0]);
    expect(uploaded).toMatchObject({
      mimeType: 'image/png',
      size: PNG.byteLength,
      altText: 'A single pixel',
    });
  });

  it('refuses more than 4 images and non-images before uploading anything', async () => {
    const image = { bytes: PNG, mimeType: 'image/png' };
    expect(await codeOf(kit.client.publish(session, post('five', { media: Array(5).fill(image) })))).toBe(
      'INVALID_CONTENT',
    );
    const video = { bytes: PNG, mimeType: 'video/mp4' };
    expect(await codeOf(kit.client.publish(session, post('video', { media: [video] })))).toBe(
      'INVALID_CONTENT',
    );
    expect(kit.emulator.social.media).toHaveLength(0);
  });

  it('maps X’s duplicate refusal (real and injected) to DUPLICATE', async () => {
    await kit.client.publish(session, post('Same words twice'));
    expect(await codeOf(kit.client.publish(session, post('Same words twice')))).toBe('DUPLICATE');
    await kit.fault({ kind: 'duplicate', operation: 'publish' });
    expect(await codeOf(kit.client.publish(session, post('Fresh words')))).toBe('DUPLICATE');
    expect(await codeOf(kit.client.publish(session, post('Fresh words')))).toBe('resolved');
  });

  it('counts length as X does: 280 weighted characters pass, 281 are refused by X', async () => {
    const url = 'https://example.com/a/very/long/path/that/still/counts/as/twenty-three';
    // 23 (URL) + 1 (space) + 100 CJK × 2 + 28 emoji × 2 = 280.
    const exact = `${url} ${'日'.repeat(100)}${'🎉'.repeat(28)}`;
    expect(parseTweet(exact).weightedLength).toBe(280);
    expect([...exact].length).toBeLessThan(280);
    await expect(kit.client.publish(session, post(exact))).resolves.toMatchObject({ id: expect.any(String) });
    const over = `${url} ${'語'.repeat(100)}${'🎉'.repeat(28)}a`;
    const error = await kit.client.publish(session, post(over)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_CONTENT', options: { status: 400 } });
    expect(await kit.posts()).toHaveLength(1);
  });

  it('maps a 5xx to UNKNOWN_OUTCOME (the client cannot tell; here nothing was published)', async () => {
    await kit.fault({ kind: 'server_error', operation: 'publish' });
    expect(await codeOf(kit.client.publish(session, post('During an outage')))).toBe('UNKNOWN_OUTCOME');
    expect(await kit.posts()).toHaveLength(0);
  });

  it('reports UNKNOWN_OUTCOME on a timeout although the tweet exists; recentPosts finds it', async () => {
    const since = new Date(Date.now() - 5000);
    const hasty = kit.clientWithTimeout(300);
    await kit.fault({ kind: 'timeout', operation: 'publish', latencyMs: 1500 });
    expect(await codeOf(hasty.publish(session, post('Did this go out?')))).toBe('UNKNOWN_OUTCOME');
    expect((await kit.posts()).map((p) => p.text)).toEqual(['Did this go out?']);
    const recent = await kit.client.recentPosts?.(session, since);
    expect(recent?.map((p) => p.text)).toEqual(['Did this go out?']);
  });

  it('refuses a reply to a deleted tweet with NOT_FOUND', async () => {
    const root = await kit.client.publish(session, post('Soon gone'));
    await kit.client.delete(session, root.id);
    const reply = post('Too late', { replyTo: { root, parent: root } });
    expect(await codeOf(kit.client.publish(session, reply))).toBe('NOT_FOUND');
  });
});

describe('X delete', () => {
  it('deletes, and deleting again succeeds', async () => {
    const published = await kit.client.publish(session, post('Short-lived'));
    await kit.client.delete(session, published.id);
    expect(await kit.posts()).toHaveLength(0);
    await expect(kit.client.delete(session, published.id)).resolves.toBeUndefined();
  });

  it('refuses to delete another user’s tweet', async () => {
    const other = await kit.connect('grace');
    const theirs = await kit.client.publish(other.session, post('Not yours'));
    expect(await codeOf(kit.client.delete(session, theirs.id))).toBe('FORBIDDEN');
    expect((await kit.posts()).map((p) => p.text)).toEqual(['Not yours']);
  });
});
