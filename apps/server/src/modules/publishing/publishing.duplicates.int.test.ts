// A send whose answer was lost, and a platform that lists the post late: the read-back misses it,
// the engine sends again, and X refuses the resend as a duplicate. That refusal is taken as what it
// means — the first send went out — so the post is looked for once more and recorded, or, if the
// listing still does not show it, handed to the user. Never a second post, never a false failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectSandbox,
  createPiece,
  emulatedPosts,
  fault,
  publish,
  settled,
} from '../../test/publishing.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

/** X's timeline leaves out posts containing `text` for the next `reads` reads: a lagging listing. */
const lag = { text: '', reads: 0 };

const laggingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = new URL(input instanceof Request ? input.url : input.toString());
  if (lag.reads === 0 || !/\/2\/users\/[^/]+\/tweets$/.test(url.pathname) || !response.ok) return response;
  // Only the engine's read-back (since the send, minutes ago) lags; the analytics backfill that
  // connecting starts reads 90 days back and must not use up the lagging reads.
  const since = Date.parse(url.searchParams.get('start_time') ?? '');
  if (!(Date.now() - since < 3_600_000)) return response;
  lag.reads -= 1;
  const page = (await response.json()) as { data?: { text: string }[]; meta: { result_count: number } };
  const data = (page.data ?? []).filter((tweet) => !tweet.text.includes(lag.text));
  const body = { ...page, data, meta: { ...page.meta, result_count: data.length } };
  return Response.json(body, { status: response.status, headers: response.headers });
};

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp({ PUBLISH_RECONCILE_DELAY_SECONDS: '1', PLATFORM_TIMEOUT_MS: '1500' }, undefined, {
    platformFetch: laggingFetch,
  });
  t.jobs.start({ concurrency: 2 });
  token = (await registerUser(t)).accessToken;
  await connectSandbox(t, token, 'x');
});
afterAll(() => t.close());

/** Publishes `text` to X with its first answer lost and the listing blind to it for `reads` reads. */
async function publishWithLateListing(text: string, reads: number) {
  Object.assign(lag, { text, reads });
  await fault(t, { platform: 'x', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
  const res = await publish(t, token, await createPiece(t, token, text), { platforms: ['x'] });
  expect(res.statusCode, res.body).toBe(202);
  const id: string = res.json().items[0].id;
  const done = await settled(t, token, id, 40_000);
  const copies = (await emulatedPosts(t, 'x')).filter((post) => post.text === text);
  const attempts = await call(t, token, { method: 'GET', url: `/api/v1/schedule/${id}/attempts` });
  const outcomes = attempts.json().items.map((a: { outcome: string }) => a.outcome);
  return { done, copies: copies.length, outcomes };
}

describe('a resend refused as a duplicate after a lost answer', () => {
  it('records the first send once the listing shows it', async () => {
    const text = `Late listings are not lost posts ${Date.now().toString(36)}.`;
    const { done, copies, outcomes } = await publishWithLateListing(text, 1);
    expect(done).toMatchObject({ status: 'published', problem: null });
    expect(done.post?.url).toMatch(/^http/);
    expect(copies).toBe(1);
    // The lost send is the one that went out; the resend was refused.
    expect(outcomes).toEqual(['sent', 'failed']);
  });

  it('asks the user, with what is known, when the listing still does not show it', async () => {
    const text = `Still not listed ${Date.now().toString(36)}.`;
    const { done, copies } = await publishWithLateListing(text, 10);
    expect(done.status).toBe('needs_attention');
    expect(done.problem?.detail).toContain('refused to post part 1 again as a duplicate');
    expect(copies).toBe(1);
  });
});
