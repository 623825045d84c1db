// History imports through the real app and job queue: CSV edge cases and their spreadsheet line
// numbers, X archives (tweets.js and the ZIP), double import, files refused whole, the voice opt-in,
// Idempotency-Key, and another user's id answering 404 on every endpoint.
import { sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { multipartFile } from '../../test/multipart.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.jobs.start();
});
afterAll(() => t.close());

const URL_ = '/api/v1/analytics/imports';

function form(fileName: string, content: string | Buffer, trainVoice?: boolean) {
  const body = multipartFile(fileName, content);
  if (trainVoice === undefined) return body;
  const boundary = body.headers['content-type'].split('boundary=')[1];
  const field = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="trainVoice"\r\n\r\n${trainVoice}\r\n`,
  );
  return { ...body, payload: Buffer.concat([field, body.payload]) };
}

const upload = (
  token: string,
  fileName: string,
  content: string | Buffer,
  trainVoice?: boolean,
  key?: string,
) => {
  const body = form(fileName, content, trainVoice);
  return call(t, token, {
    method: 'POST',
    url: URL_,
    payload: body.payload,
    headers: { ...body.headers, ...(key ? { 'idempotency-key': key } : {}) },
  });
};

async function finished(token: string, id: string) {
  for (let i = 0; i < 400; i += 1) {
    const res = await call(t, token, { method: 'GET', url: `${URL_}/${id}` });
    const body = res.json();
    if (body.status === 'done' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('import did not finish');
}

async function imported(token: string, fileName: string, content: string | Buffer, trainVoice?: boolean) {
  const res = await upload(token, fileName, content, trainVoice);
  expect(res.statusCode, res.body).toBe(202);
  return finished(token, res.json().id);
}

const counts = async (userId: string) =>
  (
    await queryRows<{ posts: number; content: number; snapshots: number }>(
      t.database.db,
      sql`select (select count(*)::int from analytics_posts where user_id = ${userId}) as posts,
                 (select count(*)::int from content where user_id = ${userId} and source = 'imported') as content,
                 (select count(*)::int from analytics_snapshots where user_id = ${userId}) as snapshots`,
    )
  )[0];

const CSV = [
  'publishedAt,platform,text,url,likes,comments,impressions',
  '2026-03-01T09:30:00+01:00,linkedin,"A first post, with a comma",,12,3,400',
  '2026-03-02T10:00:00Z,x,"A post on',
  'two lines with ""quotes""",https://x.com/ada/status/1234567890,5,,',
  '2026-03-03,x,no offset,,1,,',
  '2026-03-04T10:00:00Z,myspace,unknown platform,,1,,',
  '2026-03-05T10:00:00Z,mastodon,negative,,-3,,',
  '2026-03-06T10:00:00Z,bluesky,not a number,,many,,',
  '',
  '2026-02-30T10:00:00Z,x,no such day,,1,,',
  '2026-03-07T10:00:00Z,Bluesky,the last good row,,7,1,',
].join('\n');

describe('CSV import', () => {
  it('imports good rows, refuses bad ones with the line a spreadsheet shows', async () => {
    const user = await registerUser(t);
    const result = await imported(user.accessToken, 'history.csv', CSV);
    expect(result).toMatchObject({ status: 'done', kind: 'csv', rowsRead: 8, imported: 3, skipped: 0 });
    // Row 3 spans two file lines but is one spreadsheet row, and the blank row 8 is still a row:
    // the bad date is on file line 10 and spreadsheet row 9.
    expect(result.refused.map((r: { line: number }) => r.line)).toEqual([4, 5, 6, 7, 9]);
    expect(result.refused[0].reason).toMatch(/offset/);
    expect(result.refused[1].reason).toMatch(/platform "myspace"/);
    expect(result.refused[2].reason).toMatch(/likes is negative/);
    expect(result.refused[3].reason).toMatch(/likes is not a number/);
    expect(result.refused[4].reason).toMatch(/not a real date/);
    const rows = await queryRows<{
      platform: string;
      text: string;
      platform_post_id: string | null;
      latest: object;
    }>(
      t.database.db,
      sql`select platform, text, platform_post_id, latest from analytics_posts where user_id = ${user.user.id} order by published_at`,
    );
    expect(rows).toEqual([
      {
        platform: 'linkedin',
        text: 'A first post, with a comma',
        platform_post_id: null,
        latest: { likes: 12, comments: 3, impressions: 400 },
      },
      {
        platform: 'x',
        text: 'A post on\ntwo lines with "quotes"',
        platform_post_id: '1234567890',
        latest: { likes: 5 },
      },
      {
        platform: 'bluesky',
        text: 'the last good row',
        platform_post_id: null,
        latest: { likes: 7, comments: 1 },
      },
    ]);
    const pieces = await queryRows<{ status: string; source: string; platforms: string[] }>(
      t.database.db,
      sql`select status, source, platforms from content where user_id = ${user.user.id} order by created_at`,
    );
    expect(pieces).toEqual([
      { status: 'published', source: 'imported', platforms: ['linkedin'] },
      { status: 'published', source: 'imported', platforms: ['x'] },
      { status: 'published', source: 'imported', platforms: ['bluesky'] },
    ]);
    expect((await counts(user.user.id))?.snapshots).toBe(3 + 1 + 2);
  });

  it('reads a semicolon file with a BOM; a second import of it changes nothing', async () => {
    const user = await registerUser(t);
    const file =
      '\ufeffPublishedAt;Platform;Text;Likes\n2026-01-05T08:00:00+02:00;x;Bonjour, le monde;4\n2026-01-06T08:00:00+02:00;mastodon;Deux;0\n';
    expect(await imported(user.accessToken, 'fr.csv', file)).toMatchObject({
      imported: 2,
      skipped: 0,
      refused: [],
    });
    const before = await counts(user.user.id);
    expect(await imported(user.accessToken, 'fr.csv', file)).toMatchObject({ imported: 0, skipped: 2 });
    expect(await counts(user.user.id)).toEqual(before);
  });

  it('takes 50,000 rows and refuses 50,001 at upload, naming the limit', async () => {
    const user = await registerUser(t);
    const rows = (n: number) =>
      [
        'publishedAt,platform,text',
        ...Array.from({ length: n }, (_, i) => `2025-01-01T00:00:00Z,x,post ${i}`),
      ].join('\n');
    const over = await upload(user.accessToken, 'big.csv', rows(50_001));
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({ code: 'FILE_NOT_USABLE', errors: [{ path: 'file' }] });
    expect(over.json().detail).toMatch(/more than 50,000 rows/);
    const ok = await upload(user.accessToken, 'big.csv', rows(50_000));
    expect(ok.statusCode).toBe(202);
    const done = await finished(user.accessToken, ok.json().id);
    expect(done).toMatchObject({ status: 'done', rowsRead: 50_000, imported: 50_000 });
  }, 300_000);

  it('refuses whole, storing nothing, a file that is not a history CSV', async () => {
    const user = await registerUser(t);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const cases: [string, string | Buffer, RegExp][] = [
      ['photo.png', png, /binary/],
      ['notes.csv', 'date,network,body\n2026-01-01T00:00:00Z,x,hi\n', /lacks publishedAt, platform, text/],
      [
        'broken.csv',
        'publishedAt,platform,text\n2026-01-01T00:00:00Z,x,"never closed\n',
        /not a readable CSV/,
      ],
      ['tweets.js', 'console.log("hi")', /not an X archive/],
      ['archive.zip', 'PK but not really', /not a ZIP/],
    ];
    for (const [name, content, reason] of cases) {
      const res = await upload(user.accessToken, name, content);
      expect(res.statusCode, name).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors).toEqual([{ path: 'file', message: expect.stringMatching(reason) }]);
    }
    const none = await call(t, user.accessToken, { method: 'POST', url: URL_, payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([{ path: 'file', message: 'Required' }]);
    const list = await call(t, user.accessToken, { method: 'GET', url: URL_ });
    expect(list.json().items).toEqual([]);
  });
});

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
    const result = await imported(user.accessToken, 'tweets.js', tweetsJs());
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
    expect(await imported(user.accessToken, 'twitter-2026.zip', zip)).toMatchObject({ imported: 2 });
    expect(await imported(user.accessToken, 'twitter-2026.zip', zip)).toMatchObject({
      imported: 0,
      skipped: 2,
    });
    // The same tweets from tweets.js alone are the same posts.
    expect(await imported(user.accessToken, 'tweets.js', tweetsJs())).toMatchObject({
      imported: 0,
      skipped: 2,
    });
  });

  it('refuses a ZIP that is not an X archive, and a zip bomb', async () => {
    const user = await registerUser(t);
    const other = Buffer.from(zipSync({ 'readme.txt': strToU8('hello') }));
    const res = await upload(user.accessToken, 'stuff.zip', other);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/no data\/tweets.js/);
    const bomb = Buffer.from(zipSync({ 'data/tweets.js': new Uint8Array(140 * 1024 * 1024) }, { level: 9 }));
    const big = await upload(user.accessToken, 'bomb.zip', bomb);
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
    expect(await imported(off.accessToken, 'a.csv', file, false)).toMatchObject({
      imported: 1,
      trainVoice: false,
    });
    expect(await voiceSamples(off.user.id)).toBe(0);
    const on = await registerUser(t);
    expect(await imported(on.accessToken, 'a.csv', file, true)).toMatchObject({
      imported: 1,
      trainVoice: true,
    });
    expect(await voiceSamples(on.user.id)).toBe(1);
  });

  it('answers a retried upload with the same import', async () => {
    const user = await registerUser(t);
    const first = await upload(user.accessToken, 'a.csv', file, undefined, 'key-1');
    const again = await upload(user.accessToken, 'a.csv', file, undefined, 'key-1');
    expect(again.statusCode).toBe(202);
    expect(again.json().id).toBe(first.json().id);
    await finished(user.accessToken, first.json().id);
    expect((await call(t, user.accessToken, { method: 'GET', url: URL_ })).json().items).toHaveLength(1);
  });

  it("answers 404 for another user's import on every endpoint, and lists only one's own", async () => {
    const owner = await registerUser(t);
    const other = await registerUser(t);
    const result = await imported(owner.accessToken, 'a.csv', file);
    const res = await call(t, other.accessToken, { method: 'GET', url: `${URL_}/${result.id}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('IMPORT_NOT_FOUND');
    expect((await call(t, other.accessToken, { method: 'GET', url: URL_ })).json().items).toEqual([]);
    // The other user's upload with the owner's key makes the other user's own import.
    const mine = await upload(other.accessToken, 'a.csv', file, undefined, 'shared-key');
    const theirs = await upload(owner.accessToken, 'a.csv', file, undefined, 'shared-key');
    expect(mine.json().id).not.toBe(theirs.json().id);
    const bad = await call(t, owner.accessToken, { method: 'GET', url: `${URL_}/not-a-uuid` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toMatch(/id/);
  });
});
