// The writer's own score curve is stored with the profile and refitted on every change: none
// below MIN_SAMPLES, then one counting each own sample, and one fewer when a sample is deleted.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { fixtureText, pieces } from '../../test/voice-texts.js';
import type { WriterCalibration } from './writer-calibration.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SAMPLES = pieces(fixtureText('bench/austen.txt'), 150, 4);

const calibrationOf = async (userId: string) =>
  (
    await queryRows<{ calibration: WriterCalibration | null }>(
      t.database.db,
      sql`select calibration from voice_profiles where user_id = ${userId}`,
    )
  )[0]?.calibration;

describe('per-writer calibration', () => {
  it('is fitted from the third sample on and refitted on every add and delete', async () => {
    const { user, accessToken } = await registerUser(t, 'Jane Austen');
    const ids: string[] = [];
    const seen: (number | null)[] = [];
    for (const text of SAMPLES) {
      const response = await call(t, accessToken, {
        method: 'POST',
        url: '/api/v1/voice/samples',
        payload: { text },
      });
      expect(response.statusCode).toBe(201);
      ids.push(response.json().items[0].id);
      seen.push((await calibrationOf(user.id))?.samples ?? null);
    }
    expect(seen).toEqual([null, null, 3, 4]);
    const deleted = await call(t, accessToken, { method: 'DELETE', url: `/api/v1/voice/samples/${ids[0]}` });
    expect(deleted.statusCode).toBe(204);
    const after = await calibrationOf(user.id);
    expect(after?.samples).toBe(3);
    expect(after?.slopeScale).toBeGreaterThan(0);
  });
});
