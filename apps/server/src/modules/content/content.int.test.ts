// Content pieces through the real app: create (sanitised, with metadata), read with ETag, list with
// filters and pages, edit with If-Match and status rules, delete; bad input, isolation, retries.
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

async function created(token: string, payload: object = samplePost, headers?: Record<string, string>) {
  const res = await api(token, 'POST', '', payload, headers);
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('create and read', () => {
  it('stores a post with computed metadata and sends its ETag', async () => {
    const { accessToken } = await registerUser(t);
    const post = await created(accessToken);
    expect(post).toMatchObject({ type: 'post', status: 'draft', version: 1, title: null, aiMetadata: null });
    expect(post.bodyMarkdown).toBe(samplePost.body);
    expect(post.metadata).toMatchObject({
      hashtags: ['StartupLife'],
      mentions: ['ada_l'],
      readingTimeMinutes: 1,
    });
    expect(Object.keys(post.metadata.perPlatform).sort()).toEqual(['linkedin', 'x']);
    const res = await api(accessToken, 'GET', `/${post.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"v1"');
    expect(res.json()).toEqual(post);
  });

  it('sanitises article HTML and keeps a Markdown rendition', async () => {
    const { accessToken } = await registerUser(t);
    const article = await created(accessToken, sampleArticle);
    expect(article.body).not.toMatch(/script|onclick/);
    expect(article.body).toContain('rel="noopener noreferrer nofollow"');
    expect(article.bodyMarkdown).toBe(
      '## The claim\n\nSmall releases **reduce** risk.\n\n[Read more](https://example.com)',
    );
    expect(article.metadata.perPlatform.medium).toMatchObject({ limit: null, fits: true });
  });

  it('accepts Markdown articles', async () => {
    const { accessToken } = await registerUser(t);
    const article = await created(accessToken, {
      ...sampleArticle,
      body: '## A\n\nText',
      bodyFormat: 'markdown',
    });
    expect(article.body).toBe('<h2>A</h2>\n<p>Text</p>');
  });

  it('returns the same piece for a retried POST with the same Idempotency-Key', async () => {
    const { accessToken } = await registerUser(t);
    const first = await created(accessToken, samplePost, { 'idempotency-key': 'req-1' });
    const again = await created(accessToken, samplePost, { 'idempotency-key': 'req-1' });
    expect(again.id).toBe(first.id);
    const other = await created(accessToken, samplePost, { 'idempotency-key': 'req-2' });
    expect(other.id).not.toBe(first.id);
    expect((await api(accessToken, 'GET', '')).json().items).toHaveLength(2);
  });

  it.each([
    ['malformed JSON', '{"type": "post",', 'MALFORMED_BODY', undefined],
    ['a missing body', { type: 'post', platforms: ['x'] }, 'VALIDATION_FAILED', 'body'],
    ['a wrong type', { ...samplePost, type: 'tweet' }, 'VALIDATION_FAILED', 'type'],
    ['platforms as a string', { ...samplePost, platforms: 'x' }, 'VALIDATION_FAILED', 'platforms'],
    ['no platform', { ...samplePost, platforms: [] }, 'VALIDATION_FAILED', 'platforms'],
    ['an unknown platform', { ...samplePost, platforms: ['myspace'] }, 'VALIDATION_FAILED', 'platforms.0'],
    ['a blank body', { ...samplePost, body: '   ' }, 'VALIDATION_FAILED', 'body'],
    ['an unknown field', { ...samplePost, status: 'published' }, 'VALIDATION_FAILED', '(root)'],
    ['an article without title', { ...sampleArticle, title: undefined }, 'TITLE_REQUIRED', 'title'],
    [
      'an article with only a script',
      { ...sampleArticle, body: '<script>x()</script>' },
      'EMPTY_BODY',
      'body',
    ],
  ])('refuses %s', async (_label, payload, code, path) => {
    const { accessToken } = await registerUser(t);
    const res = await api(accessToken, 'POST', '', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
    if (path !== undefined) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await api(accessToken, 'GET', '')).json().items).toEqual([]);
  });

  it('requires authentication', async () => {
    expect((await api('', 'GET', '')).statusCode).toBe(401);
  });
});

describe('list', () => {
  it('filters by status, platform, pillar and type, newest first, in pages', async () => {
    const { accessToken } = await registerUser(t);
    const post = await created(accessToken);
    const article = await created(accessToken, sampleArticle);
    const bsky = await created(accessToken, { ...samplePost, platforms: ['bluesky'], pillar: 'Other' });
    await api(accessToken, 'PATCH', `/${post.id}`, { status: 'approved' });
    const ids = async (query: string) =>
      (await api(accessToken, 'GET', `?${query}`)).json().items.map((c: { id: string }) => c.id);
    expect(await ids('')).toEqual([bsky.id, article.id, post.id]);
    expect(await ids('status=approved')).toEqual([post.id]);
    expect(await ids('platform=linkedin')).toEqual([article.id, post.id]);
    expect(await ids('pillar=Other')).toEqual([bsky.id]);
    expect(await ids('type=article')).toEqual([article.id]);
    const first = (await api(accessToken, 'GET', '?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await api(accessToken, 'GET', `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ id: post.id }], nextCursor: null });
  });

  it.each([
    ['status=gone'],
    ['platform=fax'],
    ['limit=0'],
    ['limit=abc'],
    ['cursor=nonsense'],
    ['type=poem'],
  ])('refuses ?%s', async (query) => {
    const { accessToken } = await registerUser(t);
    const res = await api(accessToken, 'GET', `?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(query.split('=')[0]);
  });
});
