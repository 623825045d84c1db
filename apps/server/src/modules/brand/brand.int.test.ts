// Brand onboarding through the real app with the offline AI engine: questionnaire, answers saved
// part-way, assessment + strategy, edits with versions and If-Match, isolation and bad input.
import { strategySchema } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newcomerAnswers, seniorAnswers } from '../../test/brand-answers.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = (
  token: string,
  method: 'GET' | 'PUT' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  headers?: Record<string, string>,
) =>
  call(t, token, {
    method,
    url: `/api/v1/brand/${url}`,
    ...(payload ? { payload } : {}),
    ...(headers ? { headers } : {}),
  });

async function onboarded() {
  const user = await registerUser(t);
  const res = await api(user.accessToken, 'POST', 'assessment', { answers: seniorAnswers });
  expect(res.statusCode).toBe(201);
  return { user, result: res.json() };
}

describe('questionnaire and answers', () => {
  it('serves a versioned question set', async () => {
    const user = await registerUser(t);
    const res = await api(user.accessToken, 'GET', 'questionnaire');
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toMatch(/v1$/);
    expect(res.json().questions.map((q: { id: string }) => q.id)).toContain('audienceProblems');
  });

  it('saves answers part-way and resumes them with what is still missing', async () => {
    const user = await registerUser(t);
    const empty = await api(user.accessToken, 'GET', 'answers');
    expect(empty.json()).toMatchObject({ answers: {}, updatedAt: null });
    expect(empty.json().missing).toContain('role');

    const partial = { role: seniorAnswers.role, industry: seniorAnswers.industry, goals: ['leads'] };
    const saved = await api(user.accessToken, 'PUT', 'answers', { answers: partial });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().missing).not.toContain('role');
    expect((await api(user.accessToken, 'GET', 'answers')).json().answers).toEqual(partial);
  });

  it.each([
    [{ answers: { yearsExperience: 'ten' } }, 'answers.yearsExperience'],
    [{ answers: { goals: ['fame'] } }, 'answers.goals.0'],
    [{ answers: { goals: ['leads', 'job', 'hiring', 'speaking'] } }, 'answers.goals'],
    [{ answers: { platforms: [] } }, 'answers.platforms'],
    [{ answers: { favouriteColour: 'blue' } }, 'answers'],
    [{}, 'answers'],
  ])('refuses %j naming %s', async (payload, path) => {
    const user = await registerUser(t);
    const res = await api(user.accessToken, 'PUT', 'answers', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await api(user.accessToken, 'GET', 'answers')).json().updatedAt).toBeNull();
  });
});

describe('assessment', () => {
  it('returns scores with evidence and a complete strategy', async () => {
    const { result } = await onboarded();
    expect(result.assessment.overall).toBeGreaterThan(0);
    for (const d of ['clarity', 'consistency', 'visibility', 'authority', 'engagement']) {
      expect(result.assessment.dimensions[d].evidence.length).toBeGreaterThan(0);
    }
    expect(strategySchema.safeParse(result.strategy.strategy).success).toBe(true);
    expect(result.strategy).toMatchObject({ version: 1, source: 'generated' });
    expect(result.strategy.modelUsed).toMatch(/offline/);
  });

  it('is safe to retry: the same answers return the same assessment and strategy version', async () => {
    const { user, result } = await onboarded();
    const again = await api(user.accessToken, 'POST', 'assessment', { answers: seniorAnswers });
    expect(again.statusCode).toBe(201);
    expect(again.json().assessment.id).toBe(result.assessment.id);
    expect(again.json().strategy.version).toBe(1);
  });

  it('assesses the saved answers when none are given, and names what is missing', async () => {
    const user = await registerUser(t);
    const { role: _role, ...withoutRole } = newcomerAnswers;
    await api(user.accessToken, 'PUT', 'answers', { answers: withoutRole });
    const incomplete = await api(user.accessToken, 'POST', 'assessment', {});
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({
      code: 'INCOMPLETE_ANSWERS',
      errors: [{ path: 'answers.role' }],
    });
    expect((await api(user.accessToken, 'GET', 'assessment')).statusCode).toBe(404);

    await api(user.accessToken, 'PUT', 'answers', { answers: newcomerAnswers });
    const done = await api(user.accessToken, 'POST', 'assessment', {});
    expect(done.statusCode).toBe(201);
    expect((await api(user.accessToken, 'GET', 'assessment')).json().assessment.id).toBe(
      done.json().assessment.id,
    );
  });

  it('accepts saved answers that leave the optional lists out', async () => {
    const user = await registerUser(t);
    const { achievements: _a, topicsToAvoid: _t, admiredPeople: _p, ...requiredOnly } = seniorAnswers;
    await api(user.accessToken, 'PUT', 'answers', { answers: requiredOnly });
    expect((await api(user.accessToken, 'GET', 'answers')).json().missing).toEqual([]);
    const res = await api(user.accessToken, 'POST', 'assessment', {});
    expect(res.statusCode).toBe(201);
    expect(res.json().assessment.dimensions.authority.evidence.join(' ')).toContain('0 achievement(s)');
  });

  it('refuses incomplete answers in the body, naming the fields', async () => {
    const user = await registerUser(t);
    const res = await api(user.accessToken, 'POST', 'assessment', { answers: { role: 'CTO' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['answers.industry', 'answers.expertise']),
    );
  });
});

describe('profile from the answers', () => {
  it("fills the profile's empty role, industry and seniority, and keeps what the user set", async () => {
    const user = await registerUser(t);
    await call(t, user.accessToken, {
      method: 'PATCH',
      url: '/api/v1/users/me',
      payload: { industry: 'Fintech' },
    });
    expect((await api(user.accessToken, 'POST', 'assessment', { answers: seniorAnswers })).statusCode).toBe(
      201,
    );
    const me = await call(t, user.accessToken, { method: 'GET', url: '/api/v1/users/me' });
    expect(me.json().profile).toMatchObject({
      headline: seniorAnswers.role,
      industry: 'Fintech',
      experienceLevel: seniorAnswers.experienceLevel,
    });
  });
});

describe('status', () => {
  it('says what exists, so a client asks only for what is there', async () => {
    const user = await registerUser(t);
    expect((await api(user.accessToken, 'GET', 'status')).json()).toEqual({
      answersUpdatedAt: null,
      assessedAt: null,
      strategyVersion: null,
    });
    await api(user.accessToken, 'PUT', 'answers', { answers: { industry: 'Finance' } });
    const saved = (await api(user.accessToken, 'GET', 'status')).json();
    expect(saved.answersUpdatedAt).toEqual(expect.any(String));
    expect(saved.strategyVersion).toBeNull();
    await api(user.accessToken, 'POST', 'assessment', { answers: seniorAnswers });
    const assessed = (await api(user.accessToken, 'GET', 'status')).json();
    expect(assessed).toMatchObject({ assessedAt: expect.any(String), strategyVersion: 1 });
  });
});

describe('strategy', () => {
  it('needs an assessment first', async () => {
    const user = await registerUser(t);
    expect((await api(user.accessToken, 'GET', 'strategy')).statusCode).toBe(404);
    expect(
      (
        await api(user.accessToken, 'PATCH', 'strategy', {
          valueProposition: 'I help finance teams close the books in two days.',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps every version and guards edits with If-Match', async () => {
    const { user } = await onboarded();
    const current = await api(user.accessToken, 'GET', 'strategy');
    expect(current.headers.etag).toBe('"v1"');
    const valueProposition = 'I help finance leaders close the books in two days, not nine.';
    const edited = await api(
      user.accessToken,
      'PATCH',
      'strategy',
      { valueProposition },
      { 'if-match': '"v1"' },
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, source: 'edited', strategy: { valueProposition } });
    expect(edited.headers.etag).toBe('"v2"');

    const stale = await api(
      user.accessToken,
      'PATCH',
      'strategy',
      { valueProposition: `${valueProposition} Again.` },
      { 'if-match': '"v1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('STALE_VERSION');

    const retried = await api(user.accessToken, 'PATCH', 'strategy', { valueProposition });
    expect(retried.json().version).toBe(2);

    const versions = await api(user.accessToken, 'GET', 'strategy/versions?limit=1');
    expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([2]);
    const older = await api(
      user.accessToken,
      'GET',
      `strategy/versions?limit=1&cursor=${versions.json().nextCursor}`,
    );
    expect(older.json()).toMatchObject({ items: [{ version: 1, source: 'generated' }], nextCursor: null });
  });

  it('refuses pillars whose shares do not sum to 100, and too few pillars', async () => {
    const { user, result } = await onboarded();
    const pillars = result.strategy.strategy.contentPillars;
    const off = pillars.map((p: { share: number }, i: number) =>
      i === 0 ? { ...p, share: p.share + 5 } : p,
    );
    const res = await api(user.accessToken, 'PATCH', 'strategy', { contentPillars: off });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      path: 'contentPillars',
      message: 'Pillar shares must sum to 100',
    });
    const few = await api(user.accessToken, 'PATCH', 'strategy', { contentPillars: pillars.slice(0, 2) });
    expect(few.statusCode).toBe(400);
    expect((await api(user.accessToken, 'GET', 'strategy')).json().version).toBe(1);
  });

  it('refuses an empty patch, unknown fields and a malformed If-Match', async () => {
    const { user } = await onboarded();
    expect((await api(user.accessToken, 'PATCH', 'strategy', {})).statusCode).toBe(400);
    expect((await api(user.accessToken, 'PATCH', 'strategy', { tagline: 'x' })).statusCode).toBe(400);
    const bad = await api(user.accessToken, 'PATCH', 'strategy', { goals: [] }, { 'if-match': 'yesterday' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('tenant isolation', () => {
  it("never shows or changes another user's answers, assessment or strategy", async () => {
    const { user: alice, result } = await onboarded();
    const bob = await registerUser(t);
    expect((await api(bob.accessToken, 'GET', 'strategy')).statusCode).toBe(404);
    expect((await api(bob.accessToken, 'GET', 'assessment')).statusCode).toBe(404);
    expect((await api(bob.accessToken, 'GET', 'answers')).json().answers).toEqual({});
    expect((await api(bob.accessToken, 'GET', 'strategy/versions')).json().items).toEqual([]);
    expect((await api(bob.accessToken, 'GET', 'status')).json().strategyVersion).toBeNull();
    await api(bob.accessToken, 'POST', 'assessment', { answers: newcomerAnswers });
    const aliceStrategy = await api(alice.accessToken, 'GET', 'strategy');
    expect(aliceStrategy.json().version).toBe(1);
    expect(aliceStrategy.json().strategy).toEqual(result.strategy.strategy);
  });

  it('requires a token on every endpoint', async () => {
    for (const [method, url] of [
      ['GET', 'questionnaire'],
      ['GET', 'status'],
      ['GET', 'answers'],
      ['PUT', 'answers'],
      ['POST', 'assessment'],
      ['GET', 'strategy'],
      ['PATCH', 'strategy'],
      ['GET', 'strategy/versions'],
    ] as const) {
      const res = await t.app.inject({ method, url: `/api/v1/brand/${url}`, payload: {} });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 401 });
    }
  });
});
