// The costly endpoints (content generation, brand assessment, platform connect) have per-user budgets
// of their own beside the global one: past a budget the answer is a 429 problem with Retry-After,
// other users and other endpoints are unaffected, and requests refused as invalid cost nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seniorAnswers } from '../../test/brand-answers.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    RATE_LIMIT_GENERATION_PER_MINUTE: '2',
    RATE_LIMIT_ASSESSMENT_PER_MINUTE: '1',
    RATE_LIMIT_CONNECT_PER_MINUTE: '2',
  });
});
afterAll(() => t.close());

const generate = (
  token: string,
  payload: object = { platform: 'linkedin', topic: 'Data contracts', variants: 1 },
) => call(t, token, { method: 'POST', url: '/api/v1/content/generate', payload });
const assess = (token: string) =>
  call(t, token, { method: 'POST', url: '/api/v1/brand/assessment', payload: { answers: seniorAnswers } });
const connect = (token: string) =>
  call(t, token, { method: 'POST', url: '/api/v1/platforms/linkedin/connect', payload: {} });

function expectBudgetSpent(res: Awaited<ReturnType<typeof call>>, what: RegExp) {
  expect(res.statusCode).toBe(429);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({
    status: 429,
    code: 'RATE_LIMITED',
    detail: expect.stringMatching(what),
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('costly endpoints', () => {
  it('content generation: a budget per user, the global budget untouched', async () => {
    const ada = await registerUser(t);
    const bob = await registerUser(t);
    expect((await generate(ada.accessToken)).statusCode).toBe(201);
    expect((await generate(ada.accessToken)).statusCode).toBe(201);
    expectBudgetSpent(await generate(ada.accessToken), /generat/i);
    expect((await generate(bob.accessToken)).statusCode).toBe(201);
    // Other endpoints still answer: only the costly budget is spent.
    expect((await call(t, ada.accessToken, { method: 'GET', url: '/api/v1/users/me' })).statusCode).toBe(200);
  });

  it('requests refused as invalid do not spend the budget', async () => {
    const ada = await registerUser(t);
    for (let i = 0; i < 3; i++)
      expect((await generate(ada.accessToken, { platform: 'myspace', topic: 'x' })).statusCode).toBe(400);
    expect((await generate(ada.accessToken)).statusCode).toBe(201);
  });

  it('brand assessment', async () => {
    const ada = await registerUser(t);
    expect((await assess(ada.accessToken)).statusCode).toBe(201);
    expectBudgetSpent(await assess(ada.accessToken), /assess/i);
  });

  it('platform connect', async () => {
    const ada = await registerUser(t);
    expect((await connect(ada.accessToken)).statusCode).toBe(200);
    expect((await connect(ada.accessToken)).statusCode).toBe(200);
    expectBudgetSpent(await connect(ada.accessToken), /connect/i);
    const bob = await registerUser(t);
    expect((await connect(bob.accessToken)).statusCode).toBe(200);
  });
});
