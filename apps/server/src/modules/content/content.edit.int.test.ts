// Editing and deleting pieces through the real app: If-Match and 412, no-op edits, status
// transitions, bad input, another user's ids, and retried deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApi, sampleArticle, samplePost } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let api: ReturnType<typeof contentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = contentApi(t);
});
afterAll(() => t.close());

async function withPost(payload: object = samplePost) {
  const user = await registerUser(t);
  const res = await api(user.accessToken, 'POST', '', payload);
  expect(res.statusCode).toBe(201);
  return { token: user.accessToken, id: res.json().id as string };
}

const versionsOf = async (token: string, id: string) =>
  (await api(token, 'GET', `/${id}/versions`)).json().items.map((v: { version: number }) => v.version);

describe('PATCH /content/:id', () => {
  it('applies an edit with a matching If-Match, recomputes metadata and keeps a version', async () => {
    const { token, id } = await withPost();
    const res = await api(
      token,
      'PATCH',
      `/${id}`,
      { body: 'New text #Fresh', changeNote: 'tighter' },
      { 'if-match': '"v1"' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"v2"');
    expect(res.json()).toMatchObject({
      version: 2,
      body: 'New text #Fresh',
      metadata: { hashtags: ['Fresh'] },
    });
    const history = (await api(token, 'GET', `/${id}/versions`)).json().items;
    expect(history[0]).toMatchObject({
      version: 2,
      author: 'user',
      changeNote: 'tighter',
      body: 'New text #Fresh',
    });
  });

  it('answers 412 STALE_VERSION to an edit based on an old version, and accepts a bare version', async () => {
    const { token, id } = await withPost();
    await api(token, 'PATCH', `/${id}`, { body: 'First edit' }, { 'if-match': '1' });
    const stale = await api(token, 'PATCH', `/${id}`, { body: 'Lost edit' }, { 'if-match': '"v1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('STALE_VERSION');
    expect((await api(token, 'GET', `/${id}`)).json().body).toBe('First edit');
  });

  it('is safe to retry: a repeated edit, even with its old If-Match, changes nothing and adds no version', async () => {
    const { token, id } = await withPost();
    const first = await api(token, 'PATCH', `/${id}`, { title: 'A title' }, { 'if-match': '"v1"' });
    const again = await api(token, 'PATCH', `/${id}`, { title: 'A title' }, { 'if-match': '"v1"' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await versionsOf(token, id)).toEqual([2, 1]);
  });

  it('without If-Match the last write wins and is still versioned', async () => {
    const { token, id } = await withPost();
    await api(token, 'PATCH', `/${id}`, { body: 'one' });
    const res = await api(token, 'PATCH', `/${id}`, { body: 'two' });
    expect(res.json()).toMatchObject({ version: 3, body: 'two' });
    expect(await versionsOf(token, id)).toEqual([3, 2, 1]);
  });

  it('bumps the ETag for status and platform changes without adding a text version', async () => {
    const { token, id } = await withPost();
    const res = await api(token, 'PATCH', `/${id}`, { status: 'approved', platforms: ['bluesky'] });
    expect(res.json()).toMatchObject({ version: 2, status: 'approved', platforms: ['bluesky'] });
    expect(Object.keys(res.json().metadata.perPlatform)).toEqual(['bluesky']);
    expect(await versionsOf(token, id)).toEqual([1]);
  });

  it('follows the status transition table and refuses to take a published piece back to draft', async () => {
    const { token, id } = await withPost();
    for (const status of ['approved', 'scheduled', 'published'])
      expect((await api(token, 'PATCH', `/${id}`, { status })).statusCode).toBe(200);
    const back = await api(token, 'PATCH', `/${id}`, { status: 'draft' });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ code: 'INVALID_STATUS_TRANSITION', errors: [{ path: 'status' }] });
    expect(back.json().detail).toContain('published');
    const { token: t2, id: draft } = await withPost();
    expect((await api(t2, 'PATCH', `/${draft}`, { status: 'failed' })).statusCode).toBe(409);
  });

  it('keeps the article title required', async () => {
    const { token, id } = await withPost(sampleArticle);
    const res = await api(token, 'PATCH', `/${id}`, { title: null });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'TITLE_REQUIRED', errors: [{ path: 'title' }] });
  });

  it.each([
    ['malformed JSON', '{"body":', {}, 'MALFORMED_BODY'],
    ['an empty edit', {}, {}, 'VALIDATION_FAILED'],
    ['only a change note', { changeNote: 'x' }, {}, 'VALIDATION_FAILED'],
    ['a wrong type', { body: 42 }, {}, 'VALIDATION_FAILED'],
    ['a type change', { type: 'article' }, {}, 'VALIDATION_FAILED'],
    ['a bad If-Match', { body: 'x' }, { 'if-match': 'yesterday' }, 'INVALID_IF_MATCH'],
  ])('refuses %s', async (_label, payload, headers, code) => {
    const { token, id } = await withPost();
    const res = await api(token, 'PATCH', `/${id}`, payload, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
    expect((await api(token, 'GET', `/${id}`)).json().version).toBe(1);
  });
});

describe('DELETE /content/:id', () => {
  it('deletes with 204, then answers 404 to a repeat and to reads', async () => {
    const { token, id } = await withPost();
    expect((await api(token, 'DELETE', `/${id}`)).statusCode).toBe(204);
    expect((await api(token, 'DELETE', `/${id}`)).statusCode).toBe(404);
    expect((await api(token, 'GET', `/${id}`)).statusCode).toBe(404);
    expect((await api(token, 'GET', `/${id}/versions`)).statusCode).toBe(404);
  });
});

describe('tenant isolation', () => {
  it("answers 404 for another user's content on every route and leaves it untouched", async () => {
    const { token, id } = await withPost();
    const other = (await registerUser(t)).accessToken;
    const attempts = [
      api(other, 'GET', `/${id}`),
      api(other, 'PATCH', `/${id}`, { body: 'hijacked' }),
      api(other, 'DELETE', `/${id}`),
      api(other, 'GET', `/${id}/versions`),
      api(other, 'GET', `/${id}/versions/diff?from=1&to=1`),
      api(other, 'POST', `/${id}/versions/1/restore`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    expect((await api(other, 'GET', '')).json().items).toEqual([]);
    expect((await api(token, 'GET', `/${id}`)).json()).toMatchObject({ version: 1, body: samplePost.body });
  });

  it('answers 400 naming the id for a malformed id', async () => {
    const { token } = await withPost();
    const res = await api(token, 'GET', '/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('id');
  });
});
