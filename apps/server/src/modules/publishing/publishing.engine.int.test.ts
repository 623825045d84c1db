// The publishing engine against the sandbox emulator, with the worker in the app's process: posts
// and threads go out once; rate limits, outages, expired and revoked tokens, duplicates and lost
// answers each end in the right state, and the emulator never holds a duplicate post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectViaOAuth, emulatorControl, sandboxOrigin } from '../../test/platforms.js';
import {
  connectSandbox,
  createPiece,
  emulatedPosts,
  fault,
  publish,
  settled,
} from '../../test/publishing.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  // Short platform timeouts so that lost answers are noticed quickly.
  t = await createTestApp({ PUBLISH_RECONCILE_DELAY_SECONDS: '1', PLATFORM_TIMEOUT_MS: '1500' });
  t.jobs.start({ concurrency: 4 });
  token = (await registerUser(t)).accessToken;
  for (const platform of ['x', 'mastodon', 'bluesky', 'medium', 'linkedin'])
    await connectSandbox(t, token, platform);
});
afterAll(() => t.close());

let counter = 0;
function unique(text: string): string {
  counter += 1;
  return `${text} #${counter}-${Date.now().toString(36)}`;
}

async function publishNow(body: string, platform: string, extra: Record<string, unknown> = {}) {
  const contentId = await createPiece(t, token, body, extra);
  const res = await publish(t, token, contentId, { platforms: [platform] });
  expect(res.statusCode, res.body).toBe(202);
  return { contentId, id: res.json().items[0].id as string };
}

const copies = async (platform: string, text: string) =>
  (await emulatedPosts(t, platform)).filter((p) => p.text.includes(text)).length;

describe('publishing engine', () => {
  it('publishes a post once, with the live URL, and marks the piece published', async () => {
    const text = unique('Small releases win.');
    const { id, contentId } = await publishNow(text, 'mastodon');
    const done = await settled(t, token, id);
    expect(done).toMatchObject({ status: 'published', parts: { total: 1, published: 1 }, problem: null });
    expect(done.post?.url).toMatch(/^http/);
    expect(await copies('mastodon', text)).toBe(1);
    const piece = await t.app.inject({
      method: 'GET',
      url: `/api/v1/content/${contentId}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(piece.json().status).toBe('published');
  });

  it('publishes a long text to X as a reply chain', async () => {
    const marker = unique('thread');
    const body = `${marker} ${'Writing clearly is a habit built one honest sentence at a time. '.repeat(10)}`;
    const { id } = await publishNow(body, 'x');
    const done = await settled(t, token, id);
    expect(done.status).toBe('published');
    expect(done.parts.total).toBeGreaterThan(1);
    const posts = (await emulatedPosts(t, 'x')).filter((p) => /\(\d+\/\d+\)$/.test(p.text));
    const chain = posts.slice(-done.parts.total);
    for (const [i, post] of chain.entries()) if (i > 0) expect(post.replyToId).toBe(chain[i - 1]?.id);
  });

  it('gives every sandbox post a live link that opens it', async () => {
    for (const platform of ['linkedin', 'x', 'bluesky', 'mastodon', 'medium']) {
      const text = unique(`Readable where the link leads on ${platform}.`);
      const extra = platform === 'medium' ? { type: 'article', title: 'Links', platforms: ['medium'] } : {};
      const done = await settled(t, token, (await publishNow(text, platform, extra)).id);
      const page = await fetch(done.post?.url ?? '');
      expect(page.status, `${platform} ${done.post?.url}`).toBe(200);
      expect(await page.text()).toContain(text);
    }
  });

  it("splits Mastodon threads at the account's own instance limit", async () => {
    const body = `${unique('roomy')} ${'Writing clearly is a habit built one honest sentence at a time. '.repeat(12)}`;
    expect(body.length).toBeGreaterThan(500);
    const defaultInstance = await publishNow(body, 'mastodon');
    expect((await settled(t, token, defaultInstance.id)).parts.total).toBeGreaterThan(1);

    // The instance now allows 5,000 characters, as some real ones do. A connection made through
    // another replica (whose instance cache is empty) reads it; the engine uses the stored limit.
    const base = await sandboxOrigin(t, 'mastodon');
    await emulatorControl(t, 'mastodon/limit', { base, maxCharacters: 5000 });
    const replica = await createTestApp({}, t);
    const roomy = (await registerUser(replica)).accessToken;
    const connection = await connectViaOAuth(replica, roomy, 'mastodon', {
      instanceUrl: 'long.example.social',
    });
    await replica.close();
    expect(connection.account?.maxPostLength).toBe(5000);
    const contentId = await createPiece(t, roomy, body);
    const res = await publish(t, roomy, contentId, { platforms: ['mastodon'] });
    expect(res.statusCode, res.body).toBe(202);
    const done = await settled(t, roomy, res.json().items[0].id);
    expect(done).toMatchObject({ status: 'published', parts: { total: 1, published: 1 } });
    await emulatorControl(t, 'mastodon/limit', { base, maxCharacters: 500 });
  });

  it('resumes a thread that failed midway from the failed part', async () => {
    const marker = unique('resume');
    const body = `${marker} ${'Every part of this thread must go out exactly once, in order. '.repeat(10)}`;
    await fault(t, { platform: 'bluesky', kind: 'server_error', operation: 'publish', after: 1, count: 1 });
    const { id } = await publishNow(body, 'bluesky');
    const done = await settled(t, token, id);
    expect(done.status).toBe('published');
    expect(done.attempts).toBe(2);
    const parts = (await emulatedPosts(t, 'bluesky')).filter(
      (p) => p.text.includes('(') && p.text.includes('/'),
    );
    expect(new Set(parts.map((p) => p.text)).size).toBe(parts.length);
  });

  it('waits out a rate limit and publishes once', async () => {
    const text = unique('Patience pays.');
    await fault(t, { platform: 'mastodon', kind: 'rate_limit', operation: 'publish', retryAfterSeconds: 1 });
    const { id } = await publishNow(text, 'mastodon');
    const done = await settled(t, token, id);
    expect(done.status).toBe('published');
    expect(await copies('mastodon', text)).toBe(1);
  });

  it('retries after a server error', async () => {
    const text = unique('Outages end.');
    await fault(t, { platform: 'x', kind: 'server_error', operation: 'publish' });
    const { id } = await publishNow(text, 'x');
    expect(await settled(t, token, id)).toMatchObject({ status: 'published', attempts: 2 });
    expect(await copies('x', text)).toBe(1);
  });

  it('refreshes an expired X token and publishes', async () => {
    const text = unique('Fresh tokens.');
    await fault(t, { platform: 'x', kind: 'token_expired', operation: 'publish' });
    const { id } = await publishNow(text, 'x');
    expect((await settled(t, token, id)).status).toBe('published');
    expect(await copies('x', text)).toBe(1);
  });

  it('finds a post whose answer was lost (X) instead of posting it again', async () => {
    const text = unique('Lost answers are not lost posts.');
    await fault(t, { platform: 'x', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
    const { id } = await publishNow(text, 'x');
    const done = await settled(t, token, id, 40_000);
    expect(done.status).toBe('published');
    expect(await copies('x', text)).toBe(1);
    const attempts = await t.app.inject({
      method: 'GET',
      url: `/api/v1/schedule/${id}/attempts`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(attempts.json().items.map((a: { outcome: string }) => a.outcome)).toEqual(['sent']);
  });

  it('resends with the same idempotency key where the platform deduplicates (Mastodon)', async () => {
    const text = unique('Same key, same status.');
    await fault(t, { platform: 'mastodon', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
    const { id } = await publishNow(text, 'mastodon');
    expect((await settled(t, token, id, 40_000)).status).toBe('published');
    expect(await copies('mastodon', text)).toBe(1);
  });

  it('asks the user when the outcome cannot be checked (Medium)', async () => {
    const text = unique('An article nobody can read back.');
    await fault(t, { platform: 'medium', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
    const { id } = await publishNow(text, 'medium', {
      type: 'article',
      title: 'On answers',
      platforms: ['medium'],
    });
    const done = await settled(t, token, id, 40_000);
    expect(done.status).toBe('needs_attention');
    expect(done.problem?.detail).toContain('Medium');
    expect(await copies('medium', text)).toBe(1);
  });

  it('fails at once, in words, on a revoked token or a duplicate', async () => {
    await fault(t, { platform: 'linkedin', kind: 'duplicate', operation: 'publish' });
    const duplicate = await publishNow(unique('Said before.'), 'linkedin');
    expect(await settled(t, token, duplicate.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      problem: { code: 'DUPLICATE' },
    });
    await fault(t, { platform: 'linkedin', kind: 'revoked' });
    const revoked = await publishNow(unique('Access withdrawn.'), 'linkedin');
    const done = await settled(t, token, revoked.id);
    expect(done.status).toBe('failed');
    expect(done.problem?.detail).toContain('Reconnect LinkedIn');
  });
});
