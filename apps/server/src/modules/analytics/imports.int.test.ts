// History imports through the real app and job queue: CSV edge cases and their spreadsheet line
// numbers, semicolons and BOM, the row limit, double import, and files refused whole.
import { sql } from 'drizzle-orm';
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
    const result = await api.imported(user.accessToken, 'history.csv', CSV);
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
    expect((await api.counts(user.user.id))?.snapshots).toBe(3 + 1 + 2);
  });

  it('reads a semicolon file with a BOM; a second import of it changes nothing', async () => {
    const user = await registerUser(t);
    const file =
      '\ufeffPublishedAt;Platform;Text;Likes\n2026-01-05T08:00:00+02:00;x;Bonjour, le monde;4\n2026-01-06T08:00:00+02:00;mastodon;Deux;0\n';
    expect(await api.imported(user.accessToken, 'fr.csv', file)).toMatchObject({
      imported: 2,
      skipped: 0,
      refused: [],
    });
    const before = await api.counts(user.user.id);
    expect(await api.imported(user.accessToken, 'fr.csv', file)).toMatchObject({ imported: 0, skipped: 2 });
    expect(await api.counts(user.user.id)).toEqual(before);
  });

  it('takes 50,000 rows and refuses 50,001 at upload, naming the limit', async () => {
    const user = await registerUser(t);
    const rows = (n: number) =>
      [
        'publishedAt,platform,text',
        ...Array.from({ length: n }, (_, i) => `2025-01-01T00:00:00Z,x,post ${i}`),
      ].join('\n');
    const over = await api.upload(user.accessToken, 'big.csv', rows(50_001));
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({ code: 'FILE_NOT_USABLE', errors: [{ path: 'file' }] });
    expect(over.json().detail).toMatch(/more than 50,000 rows/);
    const ok = await api.upload(user.accessToken, 'big.csv', rows(50_000));
    expect(ok.statusCode).toBe(202);
    const done = await api.finished(user.accessToken, ok.json().id, 280_000);
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
      const res = await api.upload(user.accessToken, name, content);
      expect(res.statusCode, name).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors).toEqual([{ path: 'file', message: expect.stringMatching(reason) }]);
    }
    const none = await call(t, user.accessToken, { method: 'POST', url: api.URL_, payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([{ path: 'file', message: 'Required' }]);
    const plain = await call(t, user.accessToken, {
      method: 'POST',
      url: api.URL_,
      headers: { 'content-type': 'application/xml' },
      payload: '<tweets/>',
    });
    expect(plain.statusCode).toBe(415);
    expect(plain.headers['content-type']).toMatch(/application\/problem\+json/);
    const list = await call(t, user.accessToken, { method: 'GET', url: api.URL_ });
    expect(list.json().items).toEqual([]);
  });
});
