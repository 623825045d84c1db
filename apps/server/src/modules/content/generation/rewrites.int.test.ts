// POST /content/:id/rewrites through the real app (offline engine): each kind does what it says
// and is kept as a variant Accept can take; a retry with the same Idempotency-Key answers the
// first result; If-Match, other users' ids, bad kinds and rewrites that cannot help are refused.
import type { RewriteResult } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seniorAnswers } from '../../../test/brand-answers.js';
import { call, createTestApp, registerUser, type TestApp } from '../../../test/test-app.js';
import { fixtureText, pieces } from '../../../test/voice-texts.js';

let t: TestApp;
let owner: { accessToken: string };
let stranger: { accessToken: string };
const CONTRACTION = /\b\w+['’](?:t|re|ve|m|d|ll)\b|\b(?:it|that|what|there|here|let)['’]s\b/i;
const EMOJI = /\p{Extended_Pictographic}/u;
const POST = [
  "Our on-call rotation was burning people out and honestly we didn't see it!! 🔥🔥",
  '',
  "We had five alerts a night and most of them were really just noise. Nobody trusted the pager anymore. We spent a quarter deleting alerts that never led to action. The ones left each had an owner and a runbook. It's boring work, but it's the work.",
  '',
  'Now the pager rings twice a week, and people actually answer it! 🚀 #SRE #OnCall #DevOps #Reliability #Teams',
].join('\n');

const api = (token: string, url: string, payload?: object, headers?: Record<string, string>) =>
  call(t, token, {
    method: payload ? 'POST' : 'GET',
    url: `/api/v1/content${url}`,
    ...(payload ? { payload } : {}),
    ...(headers ? { headers } : {}),
  });

async function piece(token: string, body = POST): Promise<{ id: string; version: number }> {
  const res = await api(token, '', { type: 'post', body, platforms: ['linkedin'] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  [owner, stranger] = [await registerUser(t), await registerUser(t)];
  await call(t, owner.accessToken, {
    method: 'POST',
    url: '/api/v1/brand/assessment',
    payload: { answers: seniorAnswers },
  });
  for (const text of pieces(fixtureText('reference/wickham.txt'), 120, 8))
    await call(t, owner.accessToken, { method: 'POST', url: '/api/v1/voice/samples', payload: { text } });
});
afterAll(() => t.close());

const firstLine = (text: string) => text.split('\n')[0];

describe('POST /content/:id/rewrites', () => {
  it('makes each kind do what it says, scored, and kept as a variant Accept can take', async () => {
    const { id } = await piece(owner.accessToken);
    const made: Record<string, RewriteResult> = {};
    for (const kind of ['shorter', 'new_hook', 'more_formal', 'more_like_me'] as const) {
      const res = await api(owner.accessToken, `/${id}/rewrites`, { kind });
      expect(res.statusCode, `${kind}: ${res.body}`).toBe(201);
      made[kind] = res.json();
    }
    const {
      shorter,
      new_hook: hook,
      more_formal: formal,
      more_like_me: mine,
    } = made as Record<string, RewriteResult>;
    expect(shorter?.variant.body.length).toBeLessThan(POST.length);
    expect(firstLine(hook?.variant.body ?? '')).not.toBe(firstLine(POST));
    expect(formal?.variant.body).not.toMatch(CONTRACTION);
    expect(formal?.variant.body).not.toMatch(EMOJI);
    expect(mine?.variant.scores.voiceMatch).toBeGreaterThan(mine?.before.voiceMatch ?? 100);
    for (const r of Object.values(made)) {
      expect(r.variant.explanations.voiceMatch.length).toBeGreaterThan(0);
      expect(r.variant.rewrite.fromVersion).toBe(1);
    }
    expect(Object.values(made).map((r) => r.variantIndex)).toEqual([0, 1, 2, 3]);

    const variants = await api(owner.accessToken, `/${id}/variants`);
    expect(variants.json().variants[0]).toEqual({
      body: shorter?.variant.body,
      template: 'rewrite',
      scores: shorter?.variant.scores,
      rewrite: { kind: 'shorter', fromVersion: 1 },
    });
    const accept = await api(owner.accessToken, `/${id}/feedback`, { action: 'accept', variantIndex: 0 });
    expect(accept.statusCode, accept.body).toBe(201);
    const after = await api(owner.accessToken, `/${id}`);
    expect(after.json().body).toBe(shorter?.variant.body);
  });

  it('answers a retry with the same Idempotency-Key with the first result, and adds nothing', async () => {
    const { id } = await piece(owner.accessToken);
    const headers = { 'idempotency-key': 'rewrite-retry-1' };
    const first = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'new_hook' }, headers);
    const again = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'new_hook' }, headers);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json()).toEqual({ ...first.json(), duplicate: true });
    expect((await api(owner.accessToken, `/${id}/variants`)).json().variants).toHaveLength(1);
    const other = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'shorter' }, headers);
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    // Without a key, "New hook" again gives another opening.
    const next = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'new_hook' });
    expect(next.statusCode, next.body).toBe(201);
    expect(firstLine(next.json().variant.body)).not.toBe(firstLine(first.json().variant.body));
  });

  it('refuses what it cannot do, naming kind, and stores nothing', async () => {
    const { id } = await piece(owner.accessToken, 'Alerts need owners. Runbooks need dates.');
    const shorter = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'shorter' });
    expect(shorter.statusCode).toBe(409);
    expect(shorter.json()).toMatchObject({ code: 'REWRITE_NO_EFFECT', errors: [{ path: 'kind' }] });
    const formal = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'more_formal' });
    expect(formal.json()).toMatchObject({ code: 'REWRITE_NO_EFFECT' });
    expect((await api(owner.accessToken, `/${id}/variants`)).statusCode).toBe(404);
    const untrained = await piece(stranger.accessToken);
    const mine = await api(stranger.accessToken, `/${untrained.id}/rewrites`, { kind: 'more_like_me' });
    expect(mine.statusCode).toBe(409);
    expect(mine.json()).toMatchObject({ code: 'VOICE_NOT_TRAINED' });
  });

  it("answers 404 for another user's piece, 412 for a stale If-Match, 400 for bad input", async () => {
    const { id } = await piece(owner.accessToken);
    const theirs = await api(stranger.accessToken, `/${id}/rewrites`, { kind: 'shorter' });
    expect(theirs.statusCode).toBe(404);
    const stale = await api(
      owner.accessToken,
      `/${id}/rewrites`,
      { kind: 'shorter' },
      { 'if-match': '"v7"' },
    );
    expect(stale.statusCode).toBe(412);
    const current = await api(
      owner.accessToken,
      `/${id}/rewrites`,
      { kind: 'shorter' },
      { 'if-match': '"v1"' },
    );
    expect(current.statusCode, current.body).toBe(201);
    const kind = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'longer' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().errors.map((e: { path: string }) => e.path)).toContain('kind');
    const extra = await api(owner.accessToken, `/${id}/rewrites`, { kind: 'shorter', tone: 'x' });
    expect(extra.statusCode).toBe(400);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/content/${id}/rewrites`,
      payload: { kind: 'shorter' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
