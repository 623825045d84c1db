// /voice/profile and /voice/score through the real app on real public-domain texts, learning from
// feedback, tenant isolation and the delete cascade.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { fixtureText, pieces } from '../../test/voice-texts.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const profileOf = async (token: string) =>
  (await call(t, token, { method: 'GET', url: '/api/v1/voice/profile' })).json();
const score = (token: string, payload: object) =>
  call(t, token, { method: 'POST', url: '/api/v1/voice/score', payload });

/** A user whose samples are ten passages of Jane Austen's Persuasion. */
async function austenUser() {
  const user = await registerUser(t, 'Jane Austen');
  for (const text of pieces(fixtureText('bench/austen.txt'), 250, 10)) {
    const res = await call(t, user.accessToken, {
      method: 'POST',
      url: '/api/v1/voice/samples',
      payload: { text },
    });
    expect(res.statusCode).toBe(201);
  }
  return user;
}

describe('GET /voice/profile', () => {
  it('says plainly that there is no profile yet', async () => {
    const user = await registerUser(t);
    const profile = await profileOf(user.accessToken);
    expect(profile).toMatchObject({
      trained: false,
      sampleCount: 0,
      lastTrainedAt: null,
      voiceCharacteristics: null,
    });
    expect(profile.description).toMatch(/not trained yet/i);
  });

  it('describes a trained voice in characteristics and plain words', async () => {
    const user = await austenUser();
    const profile = await profileOf(user.accessToken);
    expect(profile).toMatchObject({ trained: true, sampleCount: 10, version: 10 });
    expect(profile.lastTrainedAt).not.toBeNull();
    const ch = profile.voiceCharacteristics;
    expect(ch.sentenceStructure.averageWords).toBeGreaterThan(18);
    expect(ch.engagementStyle).toMatchObject({ emojiPer100Words: 0, hashtagsPerPost: 0 });
    expect(ch.vocabularyPatterns.keyPhrases).toContain('anne');
    expect(profile.description).toContain('no emoji');
    expect(profile.description).toMatch(/long, flowing sentences/i);
  });
});

describe('POST /voice/score', () => {
  it("scores the writer's unseen text well above another author's on the same topic", async () => {
    const user = await austenUser();
    // Marriage and money: Emma (Austen, not among the samples) against Wilde and Dickens.
    const own = await score(user.accessToken, { text: fixtureText('holdout-austen-emma.txt') });
    const wilde = await score(user.accessToken, {
      text: pieces(fixtureText('bench/wilde.txt'), 600, 1)[0] ?? '',
    });
    const dickens = await score(user.accessToken, {
      text: pieces(fixtureText('bench/dickens.txt'), 600, 1)[0] ?? '',
    });
    expect(own.statusCode).toBe(200);
    const [o, w, d] = [own.json(), wilde.json(), dickens.json()];
    expect(o.voiceMatch).toBeGreaterThanOrEqual(w.voiceMatch + 20);
    expect(o.voiceMatch).toBeGreaterThanOrEqual(d.voiceMatch + 20);
    expect(o.distance).toBeLessThan(Math.min(w.distance, d.distance));
    expect(o.explanation[0]).toBe('This reads like your writing.');
    expect(w.explanation.length).toBeGreaterThan(1);
    expect(w.differences[0]).toMatchObject({ feature: expect.any(String), zDifference: expect.any(Number) });
  });

  it('asks for samples first when there is no profile', async () => {
    const user = await registerUser(t);
    const res = await score(user.accessToken, { text: fixtureText('holdout-austen-emma.txt') });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'PROFILE_NOT_TRAINED',
      detail: expect.stringMatching(/add writing samples first/i),
    });
  });

  it.each([
    ['no text', {}, 'VALIDATION_FAILED'],
    ['a number', { text: 7 }, 'VALIDATION_FAILED'],
    ['too few words', { text: 'Hello there.' }, 'TEXT_TOO_SHORT'],
    ['binary', { text: `${'Plain words here. '.repeat(10)}\u0000` }, 'TEXT_NOT_READABLE'],
    ['oversized text', { text: 'x '.repeat(10_001) }, 'VALIDATION_FAILED'],
  ])('refuses %s naming the text field', async (_label, payload, code) => {
    const user = await registerUser(t);
    const res = await score(user.accessToken, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe(code);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['text']);
  });
});

describe('recordFeedback', () => {
  const QUESTIONS =
    'Have you ever shipped something you were not proud of? Did it still help someone? What did you learn from it? Would you do it again tomorrow? I would, and I think you should too.';

  it('adds accepted and edited drafts and pulls the profile away from rejected ones', async () => {
    const user = await austenUser();
    const id = user.user.id;
    const before = await profileOf(user.accessToken);
    const accepted = await t.services.voice.recordFeedback(id, { action: 'accept', text: QUESTIONS });
    expect(accepted).toMatchObject({ recorded: true, sample: { source: 'feedback', weight: 1 } });
    const afterAccept = await profileOf(user.accessToken);
    expect(afterAccept.sampleCount).toBe(before.sampleCount + 1);
    expect(afterAccept.version).toBe(before.version + 1);
    const q = (p: typeof before) => p.voiceCharacteristics.sentenceStructure.questionShare;
    expect(q(afterAccept)).toBeGreaterThan(q(before));

    const edited = await t.services.voice.recordFeedback(id, {
      action: 'edit',
      text: `${QUESTIONS} Edited by me.`,
    });
    expect(edited.sample?.weight).toBe(1.5);
    const afterEdit = await profileOf(user.accessToken);
    expect(q(afterEdit)).toBeGreaterThan(q(afterAccept));

    const rejected = `${QUESTIONS.replaceAll('you', 'we')} Really?`;
    await t.services.voice.recordFeedback(id, { action: 'reject', text: rejected });
    const afterReject = await profileOf(user.accessToken);
    expect(afterReject.sampleCount).toBe(afterEdit.sampleCount);
    expect(q(afterReject)).toBeLessThan(q(afterEdit));
    expect(await t.services.voice.recordFeedback(id, { action: 'accept', text: 'Too short.' })).toEqual({
      recorded: false,
    });
  });

  it('is undone exactly by deleting the sample', async () => {
    const user = await austenUser();
    const before = await profileOf(user.accessToken);
    const result = await t.services.voice.recordFeedback(user.user.id, { action: 'accept', text: QUESTIONS });
    await call(t, user.accessToken, { method: 'DELETE', url: `/api/v1/voice/samples/${result.sample?.id}` });
    const after = await profileOf(user.accessToken);
    expect(after.sampleCount).toBe(before.sampleCount);
    expect(after.voiceCharacteristics.sentenceStructure).toEqual(
      before.voiceCharacteristics.sentenceStructure,
    );
  });
});

describe('tenant isolation and deletion', () => {
  it("never shows one user's voice to another, and goes with the user", async () => {
    const alice = await austenUser();
    const bob = await registerUser(t, 'Bob');
    expect((await profileOf(bob.accessToken)).sampleCount).toBe(0);
    expect((await score(bob.accessToken, { text: fixtureText('holdout-austen-emma.txt') })).statusCode).toBe(
      409,
    );

    expect((await call(t, alice.accessToken, { method: 'DELETE', url: '/api/v1/users/me' })).statusCode).toBe(
      204,
    );
    for (const table of ['voice_samples', 'voice_profiles']) {
      const [row] = await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${alice.user.id}`,
      );
      expect({ table, n: row?.n }).toEqual({ table, n: 0 });
    }
  });
});
