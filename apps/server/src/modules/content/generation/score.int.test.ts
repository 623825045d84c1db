// POST /content/score: the three scores with explanations for the user's own text; scheduledFor
// (past or future) moves only the timing reason; bad input names the field; only the caller's
// profile, strategy and history are used.
import type { ScoreTextResult } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seniorAnswers } from '../../../test/brand-answers.js';
import { call, createTestApp, registerUser, type TestApp } from '../../../test/test-app.js';
import { fixtureText, pieces } from '../../../test/voice-texts.js';

let t: TestApp;
let trained: { accessToken: string };
const text =
  'Hiring senior engineers taught me one thing: the interview loop tests the wrong skills.\n\nWe replaced puzzles with a paid work sample and our offer acceptance rose.\n\nWhat does your loop test?';

const score = (token: string, payload: unknown) =>
  call(t, token, { method: 'POST', url: '/api/v1/content/score', payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
  trained = await registerUser(t);
  await call(t, trained.accessToken, {
    method: 'POST',
    url: '/api/v1/brand/assessment',
    payload: { answers: seniorAnswers },
  });
  for (const sample of pieces(fixtureText('reference/wickham.txt'), 120, 8))
    await call(t, trained.accessToken, {
      method: 'POST',
      url: '/api/v1/voice/samples',
      payload: { text: sample },
    });
});
afterAll(() => t.close());

describe('POST /content/score', () => {
  it('returns the three scores with explanations for the caller', async () => {
    const res = await score(trained.accessToken, { platform: 'linkedin', text });
    expect(res.statusCode).toBe(200);
    const body = res.json() as ScoreTextResult;
    expect(body.voiceProfileTrained).toBe(true);
    for (const key of ['voiceMatch', 'engagementPrediction', 'brandAlignment'] as const) {
      expect(body.scores[key]).toBeGreaterThanOrEqual(0);
      expect(body.explanations[key].length).toBeGreaterThan(0);
    }
    expect(body.explanations.engagementPrediction.join('\n')).toMatch(/ends with a question to the reader/);
  });

  it('uses scheduledFor, past or future, for the timing reason only', async () => {
    const past = await score(trained.accessToken, {
      platform: 'linkedin',
      text,
      scheduledFor: '2019-03-05T10:00:00Z',
    });
    const weekend = await score(trained.accessToken, {
      platform: 'linkedin',
      text,
      scheduledFor: '2031-06-08T23:00:00Z',
    });
    expect(past.json().explanations.engagementPrediction.join('\n')).toMatch(
      /posting time Tue 10:00 UTC \(weekday, business hours\)/,
    );
    expect(weekend.json().explanations.engagementPrediction.join('\n')).toMatch(/Sun 23:00 UTC \(weekend/);
    expect(past.json().scores.engagementPrediction).toBeGreaterThan(
      weekend.json().scores.engagementPrediction,
    );
    expect(past.json().scores.voiceMatch).toBe(weekend.json().scores.voiceMatch);
    expect(past.json().scores.brandAlignment).toBe(weekend.json().scores.brandAlignment);
  });

  it("uses only the caller's profile: a new user gets the neutral voice and no strategy", async () => {
    const stranger = await registerUser(t);
    const res = await score(stranger.accessToken, { platform: 'linkedin', text });
    expect(res.statusCode).toBe(200);
    const body = res.json() as ScoreTextResult;
    expect(body.voiceProfileTrained).toBe(false);
    expect(body.scores.voiceMatch).toBe(50);
    expect(body.explanations.voiceMatch[0]).toMatch(/No voice profile yet/);
  });

  it.each([
    [{ platform: 'linkedin', text: '   ' }, 'text'],
    [{ platform: 'myspace', text }, 'platform'],
    [{ platform: 'x', text: 'a'.repeat(40_001) }, 'text'],
    [{ platform: 'x', text, scheduledFor: 'tomorrow' }, 'scheduledFor'],
    [{ platform: 'x', text, extra: 1 }, ''],
  ])('refuses %j naming %s', async (payload, path) => {
    const res = await score(trained.accessToken, payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    if (path) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses anonymous callers', async () => {
    expect((await score('', { platform: 'x', text })).statusCode).toBe(401);
  });
});
