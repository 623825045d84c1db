// Sends whose outcome is unclear, settled from what each platform offers: LinkedIn, which cannot
// be read back without r_member_social but names the post when it refuses a duplicate; a 5xx answer
// to a write the platform did apply; and the user's decision on an item that needs attention, which
// must close the unknown attempt instead of asking again forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectSandbox,
  createPiece,
  emulatedPosts,
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

async function attempts(id: string): Promise<{ outcome: string | null; detail: string | null }[]> {
  const res = await call(t, token, { method: 'GET', url: `/api/v1/schedule/${id}/attempts` });
  return res.json().items;
}

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
