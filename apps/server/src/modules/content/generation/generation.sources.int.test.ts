// Generation steered by a template (built-in or own) and from a source piece (atomising an article),
// and decisions on stored drafts (POST /content/:id/feedback), through the real app: bad input,
// another user's ids → 404, and retries that change nothing.
import { type GenerateResult, xWeightedLength } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPhrases } from '../../../platform/nlp/index.js';
import { call, createTestApp, registerUser, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let owner: { accessToken: string };
let stranger: { accessToken: string };
let articleId: string;

const ARTICLE = [
  '## Why the close was slow',
  'Month-end close used to take our finance team nine days.',
  'The real bottleneck was manual reconciliation between the billing system and the general ledger.',
  '## What we changed',
  'We automated the reconciliation with a nightly job that flags mismatched invoices before anyone asks.',
  'Within two quarters the month-end close dropped to four days.',
  'The finance team now spends the saved time on cash-flow forecasting instead of spreadsheets.',
  'Automation alone did not do it; we also agreed on one owner for every reconciliation rule.',
  'If your close takes more than a week, start by timing each reconciliation step.',
].join('\n\n');

const api = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  call(t, token, {
    method,
    url: `/api/v1/content${url}`,
    ...(payload ? { payload: payload as object } : {}),
  });

const generate = async (token: string, payload: object): Promise<GenerateResult> => {
  const res = await api(token, 'POST', '/generate', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

const paths = (body: string) => JSON.parse(body).errors.map((e: { path: string }) => e.path);

beforeAll(async () => {
  t = await createTestApp();
  [owner, stranger] = [await registerUser(t), await registerUser(t)];
  const res = await api(owner.accessToken, 'POST', '', {
    type: 'article',
    title: 'How we cut the month-end close from nine days to four',
    body: ARTICLE,
    bodyFormat: 'markdown',
    platforms: ['medium'],
  });
  expect(res.statusCode, res.body).toBe(201);
  articleId = res.json().id;
});
afterAll(() => t.close());

describe('templateId', () => {
  it('follows a built-in template and names it in every variant and the draft', async () => {
    const result = await generate(owner.accessToken, {
      platform: 'linkedin',
      topic: 'hiring data engineers',
      templateId: 'builtin:how-to',
    });
    expect(result.templateId).toBe('builtin:how-to');
    expect(result.variants.map((v) => v.template)).toEqual(Array(3).fill('builtin:how-to'));
    expect(result.variants[0]?.body).toMatch(/^1\. /m);
    const draft = await api(owner.accessToken, 'GET', `/${result.contentId}`);
    expect(draft.json().aiMetadata.template).toBe('builtin:how-to');
  });

  it("follows the user's own template, taking its thread format where the platform allows", async () => {
    const own = await api(owner.accessToken, 'POST', '/templates', {
      name: 'My contrarian thread',
      structure:
        'Name advice everyone repeats, say you disagree, give two reasons, offer what you do instead.',
      format: 'thread',
    });
    const result = await generate(owner.accessToken, {
      platform: 'x',
      topic: 'dashboards',
      templateId: own.json().id,
      variants: 2,
    });
    expect(result.type).toBe('thread');
    expect(result.variants.map((v) => v.template)).toEqual([own.json().id, own.json().id]);
  });

  it("answers 404 naming templateId for an unknown or another user's template", async () => {
    const theirs = await api(stranger.accessToken, 'POST', '/templates', {
      name: 'Theirs',
      structure: 'A story.',
      format: 'post',
    });
    for (const templateId of ['builtin:nope', theirs.json().id, 'not-an-id']) {
      const res = await api(owner.accessToken, 'POST', '/generate', {
        platform: 'x',
        topic: 'data',
        templateId,
      });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('TEMPLATE_NOT_FOUND');
      expect(paths(res.body)).toEqual(['templateId']);
    }
  });
});

describe('sourceContentId', () => {
  it('atomises an article into an X thread of its key phrases, each part within 280', async () => {
    const result = await generate(owner.accessToken, {
      platform: 'x',
      type: 'thread',
      sourceContentId: articleId,
    });
    expect(result.sourceContentId).toBe(articleId);
    expect(result.topic).toBe('How we cut the month-end close from nine days to four');
    const phrases = keyPhrases(ARTICLE.replace(/^## .*$/gm, ''), 5).map((p) => p.phrase);
    for (const v of result.variants) {
      const text = v.body.toLowerCase();
      expect(phrases.filter((p) => text.includes(p)).length).toBeGreaterThanOrEqual(2);
      expect(v.parts?.length).toBeGreaterThan(1);
      for (const part of v.parts ?? []) expect(xWeightedLength(part)).toBeLessThanOrEqual(280);
    }
    const draft = await api(owner.accessToken, 'GET', `/${result.contentId}`);
    expect(draft.json().aiMetadata.generatedFrom).toContain(`content:${articleId}`);
  });

  it('gives the same text for the same source, and a single post within 280 on X', async () => {
    const request = { platform: 'x', sourceContentId: articleId, variants: 1 };
    const [a, b] = [await generate(owner.accessToken, request), await generate(owner.accessToken, request)];
    expect(a.variants[0]?.body).toBe(b.variants[0]?.body);
    expect(xWeightedLength(a.variants[0]?.body ?? '')).toBeLessThanOrEqual(280);
  });

  it("answers 404 naming sourceContentId for another user's piece, 400 for a malformed id", async () => {
    const res = await api(stranger.accessToken, 'POST', '/generate', {
      platform: 'x',
      sourceContentId: articleId,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('SOURCE_NOT_FOUND');
    expect(paths(res.body)).toEqual(['sourceContentId']);
    const bad = await api(owner.accessToken, 'POST', '/generate', { platform: 'x', sourceContentId: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad.body)).toContain('sourceContentId');
  });
});

describe('POST /content/:id/feedback', () => {
  const draftOf = (token: string) =>
    generate(token, { platform: 'linkedin', topic: 'trusting the numbers', variants: 3 });

  it('accepts a variant as a new ai version, once, and teaches the voice', async () => {
    const user = await registerUser(t);
    const draft = await draftOf(user.accessToken);
    const first = await api(user.accessToken, 'POST', `/${draft.contentId}/feedback`, {
      action: 'accept',
      variantIndex: 2,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ action: 'accept', variantIndex: 2, version: 2, duplicate: false });
    const piece = await api(user.accessToken, 'GET', `/${draft.contentId}`);
    expect(piece.json().body).toBe(draft.variants[2]?.body);
    const versions = await api(user.accessToken, 'GET', `/${draft.contentId}/versions`);
    expect(versions.json().items[0]).toMatchObject({ version: 2, author: 'ai' });
    const retry = await api(user.accessToken, 'POST', `/${draft.contentId}/feedback`, {
      action: 'accept',
      variantIndex: 2,
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ version: 2, duplicate: true, decidedAt: first.json().decidedAt });
    const samples = await call(t, user.accessToken, { method: 'GET', url: '/api/v1/voice/samples' });
    expect(samples.json().items).toHaveLength(1);
    expect(samples.json().items[0]).toMatchObject({ source: 'feedback', text: draft.variants[2]?.body });
  });

  it('sets an edited body as a user version, and records a reject as a down-weighted sample', async () => {
    const user = await registerUser(t);
    const draft = await draftOf(user.accessToken);
    const body =
      'We stopped arguing about whose spreadsheet was right once the numbers came from one pipeline. Trust came back within a quarter, and the meetings got shorter.';
    const edit = await api(user.accessToken, 'POST', `/${draft.contentId}/feedback`, {
      action: 'edit',
      body,
    });
    expect(edit.statusCode).toBe(201);
    const versions = await api(user.accessToken, 'GET', `/${draft.contentId}/versions`);
    expect(versions.json().items[0]).toMatchObject({ version: 2, author: 'user', body });
    const reject = await api(user.accessToken, 'POST', `/${draft.contentId}/feedback`, {
      action: 'reject',
      variantIndex: 1,
      reason: 'too generic',
    });
    expect(reject.json()).toMatchObject({ action: 'reject', reason: 'too generic', version: 2 });
    const samples = await call(t, user.accessToken, { method: 'GET', url: '/api/v1/voice/samples' });
    const weights = Object.fromEntries(
      samples.json().items.map((s: { text: string; weight: number }) => [s.text, s.weight]),
    );
    expect(weights[body]).toBeGreaterThan(0);
    expect(weights[draft.variants[1]?.body ?? '']).toBeLessThan(0);
  });

  it.each([
    ['malformed JSON', '{"action":', 'body'],
    ['an unknown action', { action: 'love' }, 'action'],
    ['an edit without body', { action: 'edit' }, 'body'],
    ['a body on accept', { action: 'accept', body: 'some text here' }, 'body'],
    ['a string variantIndex', { action: 'accept', variantIndex: '1' }, 'variantIndex'],
    ['variantIndex out of range', { action: 'accept', variantIndex: 4 }, 'variantIndex'],
  ])('refuses %s', async (_name, payload, path) => {
    const draft = await draftOf(owner.accessToken);
    const res = await call(t, owner.accessToken, {
      method: 'POST',
      url: `/api/v1/content/${draft.contentId}/feedback`,
      ...(typeof payload === 'string'
        ? { payload, headers: { 'content-type': 'application/json' } }
        : { payload }),
    });
    expect(res.statusCode).toBe(400);
    if (path !== 'body' || typeof payload !== 'string') expect(paths(res.body)).toContain(path);
  });

  it("answers 404 for another user's draft, a piece that was not generated, and a malformed id 400", async () => {
    const draft = await draftOf(owner.accessToken);
    const theirs = await api(stranger.accessToken, 'POST', `/${draft.contentId}/feedback`, {
      action: 'reject',
    });
    expect(theirs.statusCode).toBe(404);
    const handWritten = await api(owner.accessToken, 'POST', `/${articleId}/feedback`, { action: 'reject' });
    expect(handWritten.statusCode).toBe(404);
    expect(handWritten.json().code).toBe('DRAFT_NOT_FOUND');
    const bad = await api(owner.accessToken, 'POST', '/nope/feedback', { action: 'reject' });
    expect(bad.statusCode).toBe(400);
  });
});
