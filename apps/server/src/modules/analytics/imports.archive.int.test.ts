// History imports through the real app and job queue: X archives (tweets.js, the ZIP, a zip bomb),
// the voice opt-in, Idempotency-Key, and another user's id answering 404 on every endpoint.
import { sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { importsClient } from '../../test/analytics-imports.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let api: ReturnType<typeof importsClient>;
beforeAll(async () => {
  t = await createTestApp();
  t.jobs.start();
  api = importsClient(t);
});
afterAll(() => t.close());

const tweetsJs = (part = 0) =>
  `window.YTD.tweets.part${part} = ${JSON.stringify([
    {
      tweet: {
        id_str: '1700000000000000001',
        full_text: 'Shipping &amp; learning',
        created_at: 'Wed Oct 10 20:19:24 +0000 2018',
        favorite_count: '3',
        retweet_count: '1',
      },
    },
    {
      tweet: {
        id_str: '1700000000000000002',
        full_text: 'RT @someone: not mine',
        created_at: 'Thu Oct 11 20:19:24 +0000 2018',
        favorite_count: '0',
        retweet_count: '0',
      },
    },
    {
      tweet: {
        id_str: '1700000000000000003',
        full_text: 'A second thought on the craft of writing well',
        created_at: 'Fri Oct 12 08:00:00 +0000 2018',
        favorite_count: '10',
        retweet_count: '2',
      },
    },
  ])}`;

describe('X archive import', () => {
  it('imports tweets.js with favourite and retweet counts; retweets are refused', async () => {
    const user = await registerUser(t);
    const result = await api.imported(user.accessToken, 'tweets.js', tweetsJs());
    expect(result).toMatchObject({ kind: 'x_archive', rowsRead: 3, imported: 2, refused: [{ line: 2 }] });
    const rows = await queryRows<{ text: string; latest: object; platform_post_id: string }>(
      t.database.db,
      sql`select text, latest, platform_post_id from analytics_posts where user_id = ${user.user.id} order by published_at`,
    );
    expect(rows[0]).toEqual({
      text: 'Shipping & learning',
      latest: { likes: 3, shares: 1 },
      platform_post_id: '1700000000000000001',
    });
  });

  it('imports data/tweets.js from the archive ZIP, and a second time changes nothing', async () => {
    const user = await registerUser(t);
    const zip = Buffer.from(
      zipSync({
        'data/tweets.js': strToU8(tweetsJs()),
        'data/like.js': strToU8('window.YTD.like.part0 = []'),
        'Your archive.html': strToU8('<html>'),
      }),
    );
    expect(await api.imported(user.accessToken, 'twitter-2026.zip', zip)).toMatchObject({ imported: 2 });
    expect(await api.imported(user.accessToken, 'twitter-2026.zip', zip)).toMatchObject({
      imported: 0,
      skipped: 2,
    });
    // The same tweets from tweets.js alone are the same posts.
    expect(await api.imported(user.accessToken, 'tweets.js', tweetsJs())).toMatchObject({
      imported: 0,
      skipped: 2,
    });
  });

  it('refuses a ZIP that is not an X archive, and a zip bomb', async () => {
    const user = await registerUser(t);
    const other = Buffer.from(zipSync({ 'readme.txt': strToU8('hello') }));
    const res = await api.upload(user.accessToken, 'stuff.zip', other);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/no data\/tweets.js/);
    const bomb = Buffer.from(zipSync({ 'data/tweets.js': new Uint8Array(140 * 1024 * 1024) }, { level: 9 }));
    const big = await api.upload(user.accessToken, 'bomb.zip', bomb);
    expect(big.statusCode).toBe(400);
    expect(big.json().detail).toMatch(/more than 128 MB/);
  }, 120_000);
});

describe('voice opt-in, idempotency and isolation', () => {
  const voiceSamples = async (userId: string) =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from voice_samples where user_id = ${userId}`,
      )
    )[0]?.n;
  const file =
    'publishedAt,platform,text\n2026-02-01T09:00:00Z,linkedin,"Most teams do not need more process. They need fewer handoffs, clearer owners, and the patience to let a decision stand for a quarter before judging it."\n';

  it('feeds the voice profile only when trainVoice is ticked', async () => {
    const off = await registerUser(t);
    expect(await api.imported(off.accessToken, 'a.csv', file, false)).toMatchObject({
      imported: 1,
      trainVoice: false,
    });
    expect(await voiceSamples(off.user.id)).toBe(0);
    const on = await registerUser(t);
    expect(await api.imported(on.accessToken, 'a.csv', file, true)).toMatchObject({
      imported: 1,
      trainVoice: true,
    });
    expect(await voiceSamples(on.user.id)).toBe(1);
  });

  it('answers a retried upload with the same import', async () => {
    const user = await registerUser(t);
    const first = await api.upload(user.accessToken, 'a.csv', file, undefined, 'key-1');
    const again = await api.upload(user.accessToken, 'a.csv', file, undefined, 'key-1');
    expect(again.statusCode).toBe(202);
    expect(again.json().id).toBe(first.json().id);
    await api.finished(user.accessToken, first.json().id);
    expect((await call(t, user.accessToken, { method: 'GET', url: api.URL_ })).json().items).toHaveLength(1);
  });

  it("answers 404 for another user's import on every endpoint, and lists only one's own", async () => {
    const owner = await registerUser(t);
    const other = await registerUser(t);
    const result = await api.imported(owner.accessToken, 'a.csv', file);
    const res = await call(t, other.accessToken, { method: 'GET', url: `${api.URL_}/${result.id}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('IMPORT_NOT_FOUND');
    expect((await call(t, other.accessToken, { method: 'GET', url: api.URL_ })).json().items).toEqual([]);
    // The other user's upload with the owner's key makes the other user's own import.
    const mine = await api.upload(other.accessToken, 'a.csv', file, undefined, 'shared-key');
    const theirs = await api.upload(owner.accessToken, 'a.csv', file, undefined, 'shared-key');
    expect(mine.json().id).not.toBe(theirs.json().id);
    const bad = await call(t, owner.accessToken, { method: 'GET', url: `${api.URL_}/not-a-uuid` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/id/);
  });
});
