// GET /content/:id/variants through the real app: a generated draft's variants with their scores and
// the latest decision; pieces that were not generated, other users' drafts and bad ids.
import type { GenerateResult } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let owner: { accessToken: string };
let stranger: { accessToken: string };

beforeAll(async () => {
  t = await createTestApp();
  [owner, stranger] = [await registerUser(t), await registerUser(t)];
});
afterAll(() => t.close());

const api = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  call(t, token, { method, url: `/api/v1/content${url}`, ...(payload ? { payload } : {}) });

async function generated(token: string): Promise<GenerateResult> {
  const res = await api(token, 'POST', '/generate', { platform: 'x', topic: 'trusting the numbers' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('GET /content/:id/variants', () => {
  it('returns the variants with their scores, then the decision taken on them', async () => {
    const draft = await generated(owner.accessToken);
    const res = await api(owner.accessToken, 'GET', `/${draft.contentId}/variants`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      contentId: draft.contentId,
      variants: draft.variants.map(({ body, parts, title, template, scores }) => ({
        body,
        template,
        scores,
        ...(parts ? { parts } : {}),
        ...(title ? { title } : {}),
      })),
      decision: null,
    });
    const accepted = await api(owner.accessToken, 'POST', `/${draft.contentId}/feedback`, {
      action: 'accept',
      variantIndex: 1,
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const after = await api(owner.accessToken, 'GET', `/${draft.contentId}/variants`);
    expect(after.json().decision).toEqual({
      action: 'accept',
      variantIndex: 1,
      reason: null,
      decidedAt: accepted.json().decidedAt,
    });
  });

  it("answers 404 for another user's draft and a hand-written piece, 400 for a bad id", async () => {
    const draft = await generated(owner.accessToken);
    const theirs = await api(stranger.accessToken, 'GET', `/${draft.contentId}/variants`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json()).toMatchObject({ code: 'DRAFT_NOT_FOUND' });
    const written = await api(owner.accessToken, 'POST', '', {
      type: 'post',
      body: 'Written by hand, no variants.',
      platforms: ['x'],
    });
    expect(written.statusCode, written.body).toBe(201);
    const handWritten = await api(owner.accessToken, 'GET', `/${written.json().id}/variants`);
    expect(handWritten.statusCode).toBe(404);
    const bad = await api(owner.accessToken, 'GET', '/not-an-id/variants');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('id');
  });
});
