// Generation through the real app with the offline engine: variants within every platform's limit,
// scores with explanations, SSE, the 409 without strategy or topic, bad input, and feedback that is
// safe to retry and scoped to its user.
import type { GenerateResult, Platform } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLength } from '../../../platform/nlp/index.js';
import { seniorAnswers } from '../../../test/brand-answers.js';
import { call, createTestApp, registerUser, type TestApp } from '../../../test/test-app.js';
import { fixtureText, pieces } from '../../../test/voice-texts.js';

let t: TestApp;
let trained: { accessToken: string };
let strategyTopics: string[];

const post = (token: string, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  call(t, token, { method: 'POST', url: `/api/v1/content/${url}`, payload: payload as object, headers });

beforeAll(async () => {
  t = await createTestApp();
  trained = await registerUser(t);
  const res = await call(t, trained.accessToken, {
    method: 'POST',
    url: '/api/v1/brand/assessment',
    payload: { answers: seniorAnswers },
  });
  strategyTopics = res
    .json()
    .strategy.strategy.contentPillars.flatMap((p: { exampleTopics: string[] }) => p.exampleTopics);
  for (const text of pieces(fixtureText('reference/wickham.txt'), 120, 8))
    await call(t, trained.accessToken, { method: 'POST', url: '/api/v1/voice/samples', payload: { text } });
});
afterAll(() => t.close());

describe('POST /content/generate', () => {
  it('generates scored variants on a strategy topic when none is given', async () => {
    const res = await post(trained.accessToken, 'generate', { platform: 'linkedin' });
    expect(res.statusCode).toBe(201);
    const body = res.json() as GenerateResult;
    expect(strategyTopics).toContain(body.topic);
    expect(body.pillar).toBeTruthy();
    expect(body.samples.retrieval).toBe('similar');
    // The first variant is stored as a draft the user can open, edit and schedule.
    const draft = await call(t, trained.accessToken, {
      method: 'GET',
      url: `/api/v1/content/${body.contentId}`,
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      platforms: ['linkedin'],
      pillar: body.pillar,
      body: body.variants[0]?.body,
      aiMetadata: { modelUsed: body.modelUsed, generatedFrom: body.topic },
    });
    expect(body.variants).toHaveLength(3);
    for (const v of body.variants) {
      expect(v.voiceProfileTrained).toBe(true);
      for (const s of Object.values(v.scores)) expect(Number.isInteger(s) && s >= 0 && s <= 100).toBe(true);
      expect(v.explanations.engagementPrediction[0]).toMatch(/^Platform baseline/);
      expect(v.explanations.brandAlignment[0]).toMatch(/^Closest pillar/);
      expect(['positive', 'neutral', 'negative']).toContain(v.sentiment.label);
    }
  });

  it.each<[Platform, string]>([
    ['x', 'post'],
    ['x', 'thread'],
    ['bluesky', 'post'],
    ['bluesky', 'thread'],
    ['mastodon', 'post'],
    ['mastodon', 'thread'],
    ['linkedin', 'post'],
  ])('keeps %s %s variants within the platform limit', async (platform, type) => {
    const res = await post(trained.accessToken, 'generate', {
      platform,
      type,
      topic: 'month-end close',
      variants: 5,
    });
    expect(res.statusCode).toBe(201);
    for (const v of (res.json() as GenerateResult).variants)
      for (const part of v.parts ?? [v.body]) expect(checkLength(platform, part).fits).toBe(true);
  });

  it('gives Medium articles a title', async () => {
    const res = await post(trained.accessToken, 'generate', {
      platform: 'medium',
      topic: 'data platforms',
      variants: 1,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().type).toBe('article');
    expect(res.json().variants[0].title.length).toBeGreaterThan(3);
  });

  it('scores an on-pillar topic higher for brand alignment than a topic to avoid', async () => {
    const score = async (topic: string) => {
      const res = await post(trained.accessToken, 'generate', { platform: 'linkedin', topic, variants: 3 });
      const variants = (res.json() as GenerateResult).variants;
      return variants.reduce((s, v) => s + v.scores.brandAlignment, 0) / variants.length;
    };
    const avoid = await score('politics');
    expect(await score(strategyTopics[0] ?? '')).toBeGreaterThan(avoid);
    const res = await post(trained.accessToken, 'generate', {
      platform: 'linkedin',
      topic: 'politics',
      variants: 1,
    });
    expect(res.json().variants[0].explanations.brandAlignment.join(' ')).toMatch(
      /politics", a topic you want to avoid/,
    );
  });

  it('answers 409 without a strategy and without a topic; a topic alone is enough', async () => {
    const user = await registerUser(t);
    const res = await post(user.accessToken, 'generate', { platform: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'NO_STRATEGY_NO_TOPIC',
      detail: 'Create your strategy first or give a topic.',
    });
    const withTopic = await post(user.accessToken, 'generate', {
      platform: 'x',
      topic: 'hiring data engineers',
      variants: 1,
    });
    expect(withTopic.statusCode).toBe(201);
    const [v] = (withTopic.json() as GenerateResult).variants;
    expect(v?.voiceProfileTrained).toBe(false);
    expect(v?.scores.voiceMatch).toBe(50);
    expect(v?.explanations.voiceMatch[0]).toMatch(/no voice profile yet — add writing samples/i);
    expect(withTopic.json().samples.retrieval).toBe('none');
  });

  it.each([
    [{ platform: 'myspace' }, 'platform'],
    [{ platform: 'x', variants: 9 }, 'variants'],
    [{ platform: 'x', variants: 'three' }, 'variants'],
    [{ platform: 'x', topic: 'ai', extra: 1 }, ''],
    [{}, 'platform'],
    [{ platform: 'x', type: 'article', topic: 'data' }, 'type'],
    [{ platform: 'medium', type: 'thread', topic: 'data' }, 'type'],
    [{ platform: 'linkedin', topic: 'data', pillar: 'Gardening' }, 'pillar'],
    [{ platform: 'x', topic: 'data', scheduledFor: 'tomorrow' }, 'scheduledFor'],
  ])('refuses %j naming %s', async (payload, path) => {
    const res = await post(trained.accessToken, 'generate', payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    if (path) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses malformed JSON and anonymous callers', async () => {
    const res = await call(t, trained.accessToken, {
      method: 'POST',
      url: '/api/v1/content/generate',
      payload: '{"platform":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_BODY' });
    expect((await post('', 'generate', { platform: 'x', topic: 'data' })).statusCode).toBe(401);
  });
});

function events(body: string) {
  return body
    .trim()
    .split('\n\n')
    .map((block) => {
      const [event, data] = block.split('\n');
      return {
        event: event?.replace('event: ', ''),
        data: JSON.parse(data?.replace('data: ', '') ?? 'null'),
      };
    });
}

describe('POST /content/generate as Server-Sent Events', () => {
  it('streams progress, each variant, then done', async () => {
    const res = await post(
      trained.accessToken,
      'generate',
      { platform: 'bluesky', topic: 'data teams', variants: 2 },
      { accept: 'text/event-stream' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const list = events(res.body);
    expect(list.map((e) => e.event)).toEqual(['progress', 'progress', 'variant', 'variant', 'done']);
    expect(list[2]?.data).toMatchObject({ index: 0, variant: { scores: expect.any(Object) } });
    expect(list[4]?.data.variants).toEqual([list[2]?.data.variant, list[3]?.data.variant]);
  });

  it('streams every variant over a real HTTP connection, not only through inject', async () => {
    // inject() hides socket events; a real request once aborted the stream as soon as its body was read.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${address}/api/v1/content/generate`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${trained.accessToken}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ platform: 'mastodon', topic: 'data teams', variants: 2 }),
    });
    const list = events(await res.text());
    expect(list.map((e) => e.event)).toEqual(['progress', 'progress', 'variant', 'variant', 'done']);
  });

  it('sends a problem as an error event when generation cannot start', async () => {
    const user = await registerUser(t);
    const res = await post(user.accessToken, 'generate', { platform: 'x' }, { accept: 'text/event-stream' });
    const list = events(res.body);
    expect(list.map((e) => e.event)).toEqual(['progress', 'error']);
    expect(list[1]?.data).toMatchObject({ status: 409, code: 'NO_STRATEGY_NO_TOPIC' });
  });
});

describe('POST /content/generate/feedback', () => {
  const text =
    'We cut our month-end close from nine days to two by fixing the data before the spreadsheets, not after. The hard part was trust, not tooling.';

  it('records the decision once, teaches the voice, and answers a retry with the same record', async () => {
    const user = await registerUser(t);
    const first = await post(user.accessToken, 'generate/feedback', {
      action: 'edit',
      text,
      platform: 'linkedin',
      reason: 'tone',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      action: 'edit',
      reason: 'tone',
      voiceLearned: true,
      duplicate: false,
    });
    const retry = await post(user.accessToken, 'generate/feedback', {
      action: 'edit',
      text,
      platform: 'linkedin',
      reason: 'tone',
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id: first.json().id, duplicate: true });
    const samples = await call(t, user.accessToken, { method: 'GET', url: '/api/v1/voice/samples' });
    expect(samples.json().items.map((s: { source: string }) => s.source)).toEqual(['feedback']);
  });

  it("keeps each user's feedback to themselves", async () => {
    const [a, b] = [await registerUser(t), await registerUser(t)];
    const mine = await post(a.accessToken, 'generate/feedback', { action: 'accept', text, platform: 'x' });
    const theirs = await post(b.accessToken, 'generate/feedback', { action: 'accept', text, platform: 'x' });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
    const bSamples = await call(t, b.accessToken, { method: 'GET', url: '/api/v1/voice/samples' });
    expect(bSamples.json().items).toHaveLength(1);
  });

  it('records short texts without teaching the voice', async () => {
    const user = await registerUser(t);
    const res = await post(user.accessToken, 'generate/feedback', {
      action: 'reject',
      text: 'Too salesy.',
      platform: 'x',
    });
    expect(res.json()).toMatchObject({ voiceLearned: false, duplicate: false });
  });

  it.each([
    [{ action: 'love', text, platform: 'x' }, 'action'],
    [{ action: 'accept', platform: 'x' }, 'text'],
    [{ action: 'accept', text, platform: 'x', reason: 5 }, 'reason'],
    [{ action: 'accept', text: 42, platform: 'x' }, 'text'],
  ])('refuses %j naming %s', async (payload, path) => {
    const res = await post(trained.accessToken, 'generate/feedback', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
