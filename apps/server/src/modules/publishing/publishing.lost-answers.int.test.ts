// Sends whose outcome is unclear, settled from what each platform offers: LinkedIn, which cannot
// be read back without r_member_social but names the post when it refuses a duplicate; a 5xx answer
// to a write the platform did apply; and the user's decision on an item that needs attention, which
// must close the unknown attempt instead of asking again forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectSandbox,
  createPiece,
  emulatedPosts,
  fault,
  publish,
  settled,
} from '../../test/publishing.js';
import { postWith, tamperingFetch } from '../../test/tampering-fetch.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

const tamper = tamperingFetch();
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp({ PUBLISH_RECONCILE_DELAY_SECONDS: '1', PLATFORM_TIMEOUT_MS: '1500' }, undefined, {
    platformFetch: tamper.fetch,
  });
  t.jobs.start({ concurrency: 2 });
  token = (await registerUser(t)).accessToken;
  for (const platform of ['linkedin', 'x', 'medium']) await connectSandbox(t, token, platform);
});
afterAll(() => t.close());

let counter = 0;
/** LinkedIn escapes reserved characters, so test texts use none of them. */
function unique(text: string): string {
  counter += 1;
  return `${text} ${counter} ${Date.now().toString(36)}.`;
}

async function publishNow(text: string, platform: string) {
  const extra = platform === 'medium' ? { type: 'article', title: 'On answers', platforms: ['medium'] } : {};
  const res = await publish(t, token, await createPiece(t, token, text, extra), { platforms: [platform] });
  expect(res.statusCode, res.body).toBe(202);
  return res.json().items[0].id as string;
}

const copies = async (platform: string, text: string) =>
  (await emulatedPosts(t, platform)).filter((post) => post.text.includes(text));

const resolve = (id: string, body: object) =>
  call(t, token, { method: 'POST', url: `/api/v1/schedule/${id}/resolve`, payload: body });

async function attempts(id: string): Promise<{ outcome: string | null; detail: string | null }[]> {
  const res = await call(t, token, { method: 'GET', url: `/api/v1/schedule/${id}/attempts` });
  return res.json().items;
}

describe('LinkedIn after a lost answer (no connection has r_member_social to read posts back)', () => {
  it('records the post LinkedIn names when it refuses the resend as a duplicate', async () => {
    const text = unique('LinkedIn names what it already has');
    await fault(t, { platform: 'linkedin', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
    const done = await settled(t, token, await publishNow(text, 'linkedin'), 40_000);
    expect(done).toMatchObject({ status: 'published', problem: null });
    const posted = await copies('linkedin', text);
    expect(posted).toHaveLength(1);
    expect(done.post?.url).toContain(posted[0]?.id);
    // The lost send is the post; the resend was refused.
    expect((await attempts(done.id)).map((a) => a.outcome)).toEqual(['sent', 'failed']);
  });

  it('sends again when the unknown send never landed, and says it could not check', async () => {
    const text = unique('A LinkedIn failure that applied nothing');
    // The emulator answers 500 without posting; the client cannot know that.
    await fault(t, { platform: 'linkedin', kind: 'server_error', operation: 'publish' });
    const done = await settled(t, token, await publishNow(text, 'linkedin'), 40_000);
    expect(done.status).toBe('published');
    expect(await copies('linkedin', text)).toHaveLength(1);
    const [lost, resend] = await attempts(done.id);
    expect(lost).toMatchObject({
      outcome: 'reconciled',
      detail: expect.stringContaining('cannot be read back'),
    });
    expect(resend?.outcome).toBe('sent');
  });

  it('asks the user, with the facts, when the duplicate answer names no post', async () => {
    const text = unique('A duplicate without a name');
    const remove = tamper.add({
      match: postWith(text, /\/rest\/posts$/),
      answer: async (response) => {
        if (response.status !== 422) return response;
        const body = (await response.json()) as Record<string, unknown>;
        return Response.json({ ...body, message: 'Content is a duplicate' }, { status: 422 });
      },
    });
    try {
      await fault(t, { platform: 'linkedin', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
      const done = await settled(t, token, await publishNow(text, 'linkedin'), 40_000);
      expect(done).toMatchObject({ status: 'needs_attention', problem: { code: 'UNKNOWN_OUTCOME' } });
      expect(done.problem?.detail).toContain('refused to post part 1 again as a duplicate');
      expect(done.problem?.detail).toContain('cannot be read back');
      expect(await copies('linkedin', text)).toHaveLength(1);
    } finally {
      remove();
    }
  });
});

describe('a 5xx answer to a write', () => {
  it('is an unknown outcome: reconciled (found on X) before anything is sent again', async () => {
    const text = unique('X applied it and answered 502');
    tamper.add({
      match: postWith(text, /\/2\/tweets$/),
      answer: () => Response.json({ title: 'Bad Gateway', status: 502 }, { status: 502 }),
      times: 1,
    });
    const done = await settled(t, token, await publishNow(text, 'x'), 40_000);
    expect(done).toMatchObject({ status: 'published', problem: null });
    expect(await copies('x', text)).toHaveLength(1);
    expect((await attempts(done.id)).map((a) => a.outcome)).toEqual(['sent']);
  });
});

describe('the user’s decision on an unknown Medium outcome', () => {
  async function needingAttention(text: string): Promise<string> {
    await fault(t, { platform: 'medium', kind: 'timeout', operation: 'publish', latencyMs: 4000 });
    const done = await settled(t, token, await publishNow(text, 'medium'), 40_000);
    expect(done.status).toBe('needs_attention');
    return done.id;
  }

  it('retry closes the unknown attempt and publishes', async () => {
    const id = await needingAttention(unique('Not there after all'));
    const retried = await resolve(id, { action: 'retry' });
    expect(retried.statusCode, retried.body).toBe(200);
    expect(await settled(t, token, id, 20_000)).toMatchObject({ status: 'published', problem: null });
    const [lost, resend] = await attempts(id);
    expect(lost).toMatchObject({ outcome: 'reconciled', detail: expect.stringContaining('retry') });
    expect(resend?.outcome).toBe('sent');
  });

  it('mark as published closes it too', async () => {
    const id = await needingAttention(unique('There all along'));
    const marked = await resolve(id, { action: 'mark_published' });
    expect(marked.json().status).toBe('published');
    expect(await attempts(id)).toEqual([
      expect.objectContaining({
        outcome: 'reconciled',
        detail: expect.stringContaining('marked it published'),
      }),
    ]);
  });
});
