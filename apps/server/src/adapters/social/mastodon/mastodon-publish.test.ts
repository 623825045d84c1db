// Publishing through the Mastodon adapter against an emulated instance: Idempotency-Key retries,
// the 500-character rule (URLs count 23), threads, media that needs polling, 429 with an ISO reset,
// duplicates, metrics, deletion and reconciliation.
import { createHash, randomBytes } from 'node:crypto';
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPlatformError, type PlatformErrorCode } from '../errors.js';
import type { HttpSettings } from '../http.js';
import type { OAuthApp, Session } from '../port.js';
import { publishThread } from '../test/thread.js';
import { createMastodonClient } from './index.js';
import { htmlToText } from './read.js';

let emulator: Emulator;
let session: Session;
const REDIRECT = 'http://127.0.0.1:3000/callback';
const clientWith = (http: HttpSettings, fetchLog?: string[]) =>
  createMastodonClient({
    clientName: 'Brandwright',
    http: fetchLog
      ? {
          ...http,
          fetch: (input, init) => {
            fetchLog.push(String(input));
            return fetch(input, init);
          },
        }
      : http,
    mediaPolling: { intervalMs: 100, timeoutMs: 10_000 },
  });
let client = createMastodonClient({ clientName: 'Brandwright', http: { timeoutMs: 5000 } });

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.state.reset();
  client = clientWith({ timeoutMs: 5000 });
  const serverUrl = emulator.platformUrl('mastodon');
  const app = (await client.registerApp?.(serverUrl, REDIRECT)) as OAuthApp;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const url = client.authorizationUrl?.({
    app,
    state: 's',
    codeChallenge: challenge,
    serverUrl,
    loginHint: 'ada',
  });
  const res = await fetch(`${url}&auto=1`, { redirect: 'manual' });
  const code = new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const tokens = await client.exchangeCode?.({ app, code, codeVerifier: verifier, serverUrl });
  session = { account: { id: '', serverUrl }, accessToken: tokens?.accessToken ?? '' };
  session.account.id = (await client.profile(session)).id;
});

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
    body: JSON.stringify({ platform: 'mastodon', ...body }),
  });

/** Moves the emulator clock to next Tuesday 08:30 UTC, a time the engagement model always rewards. */
function toTuesdayMorning(): void {
  const now = new Date(emulator.social.now());
  const ahead = (2 - now.getUTCDay() + 7) % 7 || 7;
  const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ahead, 8, 30);
  emulator.social.advanceClock((target - now.getTime()) / 1000);
}

async function listedPosts() {
  const res = await fetch(`${emulator.url}/__emulator/posts?platform=mastodon`);
  return (
    (await res.json()) as { posts: { id: string; replyToId?: string; rootId?: string; mediaIds: string[] }[] }
  ).posts;
}

describe('Mastodon publishing', () => {
  it('publishes and returns the status id and URL', async () => {
    const post = await client.publish(session, { text: 'Hello fediverse & friends', idempotencyKey: 'k1' });
    expect(post.id).toMatch(/^\d+$/);
    expect(post.url).toBe(`${session.account.serverUrl}/@ada/${post.id}`);
    expect(await listedPosts()).toHaveLength(1);
  });

  it('returns the same status when a publish that timed out is retried with its key', async () => {
    await fault({ kind: 'timeout', operation: 'publish', latencyMs: 600 });
    const impatient = clientWith({ timeoutMs: 300 });
    const post = { text: 'Exactly once', idempotencyKey: 'pub_7:0' };
    expect(await failure(impatient.publish(session, post))).toBe('UNKNOWN_OUTCOME');
    const retried = await impatient.publish(session, post);
    const posts = await listedPosts();
    expect(posts).toHaveLength(1);
    expect(retried.id).toBe(posts[0]?.id);
  });

  it('counts URLs as 23 characters and refuses 501 with INVALID_CONTENT', async () => {
    const url = `https://example.com/${'a'.repeat(200)}`;
    const fits = `${'x'.repeat(476)} ${url}`;
    await expect(client.publish(session, { text: fits, idempotencyKey: 'fits' })).resolves.toBeDefined();
    expect(await failure(client.publish(session, { text: 'y'.repeat(501), idempotencyKey: 'long' }))).toBe(
      'INVALID_CONTENT',
    );
  });

  it('publishes a thread where each part replies to the previous one', async () => {
    const published = await publishThread(
      client,
      session,
      [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }],
      't',
    );
    const posts = await listedPosts();
    const [first, second, third] = published.map((p) => posts.find((s) => s.id === p.id));
    expect(second).toMatchObject({ replyToId: first?.id, rootId: first?.id });
    expect(third).toMatchObject({ replyToId: second?.id, rootId: first?.id });
  });

  it('waits for large media to finish processing before posting', async () => {
    const log: string[] = [];
    const polling = clientWith({ timeoutMs: 5000 }, log);
    const big = { bytes: randomBytes(300 * 1024), mimeType: 'image/jpeg', altText: 'Noise' };
    const small = { bytes: randomBytes(1024), mimeType: 'image/png' };
    await polling.publish(session, { text: 'Pictures', media: [big, small], idempotencyKey: 'm' });
    expect(log.filter((u) => /\/api\/v1\/media\/\d+$/.test(u)).length).toBeGreaterThanOrEqual(1);
    expect((await listedPosts())[0]?.mediaIds).toHaveLength(2);
    expect(emulator.social.media.find((m) => m.size === big.bytes.length)?.readyAt).toBeDefined();
  });

  it('maps 429 with its ISO reset, and the duplicate fault to DUPLICATE', async () => {
    await fault({ kind: 'rate_limit', operation: 'publish', retryAfterSeconds: 90 });
    let limited: unknown;
    try {
      await client.publish(session, { text: 'Slow', idempotencyKey: 'r' });
    } catch (error) {
      limited = error;
    }
    expect(isPlatformError(limited, 'RATE_LIMITED')).toBe(true);
    const wait = isPlatformError(limited) ? (limited.retryAfterSeconds ?? 0) : 0;
    expect(wait).toBeGreaterThan(70);
    expect(wait).toBeLessThanOrEqual(91);
    await fault({ kind: 'duplicate', operation: 'publish' });
    expect(await failure(client.publish(session, { text: 'Again', idempotencyKey: 'dup' }))).toBe(
      'DUPLICATE',
    );
    await fault({ kind: 'server_error', operation: 'publish' });
    // Whether a write went through before a 5xx is unknown to the client (here it did not).
    expect(await failure(client.publish(session, { text: 'Down', idempotencyKey: 'down' }))).toBe(
      'UNKNOWN_OUTCOME',
    );
    expect(await listedPosts()).toHaveLength(0);
  });

  it('reads metrics that grow with time, account counts and recent statuses', async () => {
    toTuesdayMorning();
    const post = await client.publish(session, {
      text: 'What does your audience ask most?',
      idempotencyKey: 'q',
    });
    const fresh = await client.postMetrics(session, post);
    emulator.social.advanceClock(24 * 3600);
    const grown = await client.postMetrics(session, post);
    expect(grown?.likes).toBeGreaterThan(fresh?.likes ?? 0);
    expect(grown?.impressions).toBeUndefined();
    expect(await client.accountMetrics(session)).toMatchObject({ posts: 1, followers: expect.any(Number) });
    const recent = await client.recentPosts?.(session, new Date(post.publishedAt.getTime() - 1000));
    expect(recent?.map((r) => [r.id, r.text])).toEqual([[post.id, 'What does your audience ask most?']]);
  });

  it('deletes, and deleting again is fine', async () => {
    const post = await client.publish(session, { text: 'Short-lived', idempotencyKey: 'd' });
    await client.delete(session, post.id);
    expect(await failure(client.postMetrics(session, post))).toBe('NOT_FOUND');
    expect(await failure(client.delete(session, post.id))).toBe('resolved');
  });
});

describe('htmlToText', () => {
  it('turns Mastodon HTML back into the text that was posted', () => {
    expect(htmlToText('<p>Fish &amp; chips&#39;<br />line two</p><p>para &lt;3 &#x1F44B;</p>')).toBe(
      "Fish & chips'\nline two\n\npara <3 👋",
    );
  });
});
