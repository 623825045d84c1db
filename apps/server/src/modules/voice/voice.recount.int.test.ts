// Profiles learned before the current features: their stored samples are recounted once, from
// their stored text, when the profile is next used; the result equals learning them afresh.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { fixtureText, pieces } from '../../test/voice-texts.js';
import { FEATURES_VERSION } from './reference.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SAMPLES = pieces(fixtureText('bench/austen.txt'), 200, 4);
const DRAFT = fixtureText('holdout-austen-emma.txt');

async function userWithSamples() {
  const user = await registerUser(t, 'Jane Austen');
  for (const text of SAMPLES)
    expect(
      (await call(t, user.accessToken, { method: 'POST', url: '/api/v1/voice/samples', payload: { text } }))
        .statusCode,
    ).toBe(201);
  return user;
}

const score = async (token: string) =>
  (await call(t, token, { method: 'POST', url: '/api/v1/voice/score', payload: { text: DRAFT } })).json();

/** Makes the user's rows look as they did before n-gram features: old version, no n-gram counts. */
async function makeStale(userId: string) {
  const strip = sql`(select coalesce(jsonb_object_agg(key, value), '{}'::jsonb) from jsonb_each(counts) where key not like 'c:%' and key not like 's:%' and key not in ('cTotal', 'sTotal'))`;
  await t.database.db.execute(sql`update voice_samples set counts = ${strip} where user_id = ${userId}`);
  await t.database.db.execute(
    sql`update voice_profiles set counts = ${strip}, features_version = '1' where user_id = ${userId}`,
  );
}

const profileRow = async (userId: string) =>
  (
    await queryRows<{ features_version: string; counts: Record<string, number> }>(
      t.database.db,
      sql`select features_version, counts from voice_profiles where user_id = ${userId}`,
    )
  )[0];

describe('stale voice profiles', () => {
  it('are recounted once from the stored texts and then score as if learned afresh', async () => {
    const fresh = await userWithSamples();
    const stale = await userWithSamples();
    await makeStale(stale.user.id);
    const before = await profileRow(stale.user.id);
    expect(before?.features_version).toBe('1');
    expect(Object.keys(before?.counts ?? {}).some((k) => k.startsWith('c:'))).toBe(false);

    const staleScore = await score(stale.accessToken);
    const after = await profileRow(stale.user.id);
    expect(after?.features_version).toBe(FEATURES_VERSION);
    const reference = await profileRow(fresh.user.id);
    for (const [key, value] of Object.entries(reference?.counts ?? {}))
      expect(after?.counts[key] ?? 0).toBeCloseTo(value, 6);
    expect(staleScore).toEqual(await score(fresh.accessToken));

    const [samples] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from voice_samples where user_id = ${stale.user.id} and counts ? 'cTotal'`,
    );
    expect(samples?.n).toBe(SAMPLES.length);
  });

  it('are recounted before a sample is removed, so removing it subtracts what it added', async () => {
    const user = await userWithSamples();
    await makeStale(user.user.id);
    const list = (await call(t, user.accessToken, { method: 'GET', url: '/api/v1/voice/samples' })).json();
    const id = list.items[0].id;
    expect(
      (await call(t, user.accessToken, { method: 'DELETE', url: `/api/v1/voice/samples/${id}` })).statusCode,
    ).toBe(204);
    const after = await profileRow(user.user.id);
    expect(after?.features_version).toBe(FEATURES_VERSION);
    expect(after?.counts.cTotal ?? 0).toBeGreaterThan(0);
    expect(after?.counts.texts).toBe(SAMPLES.length - 1);
  });
});
