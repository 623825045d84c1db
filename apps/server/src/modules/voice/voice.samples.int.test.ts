// /voice/samples through the real app: JSON and file uploads, idempotent duplicates, paging,
// deletion, tenant isolation and every kind of bad input naming the field at fault.

import { VOICE_UPLOAD_MAX_BYTES as MAX_UPLOAD_BYTES } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../test/multipart.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const URL = '/api/v1/voice/samples';
const POST_A =
  'Shipping beats polishing. Last quarter our team released twelve small updates instead of one big launch, and every single one taught us something we could not have learned in a planning meeting.';
const POST_B =
  'Most advice about hiring is written by people who have never been hired by a startup. Ask the candidate what they shipped last month, not where they see themselves in five years, and listen.';

const post = (token: string, payload: unknown) =>
  call(t, token, { method: 'POST', url: URL, payload: payload as object });
const upload = (token: string, filename: string, content: string | Buffer) =>
  call(t, token, { method: 'POST', url: URL, ...multipartFile(filename, content) });
const fieldsOf = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);

describe('POST /voice/samples (JSON)', () => {
  it('creates a sample and answers a retry with the same one', async () => {
    const user = await registerUser(t);
    const first = await post(user.accessToken, { text: POST_A });
    expect(first.statusCode).toBe(201);
    const [created] = first.json().items;
    expect(created).toMatchObject({ source: 'paste', weight: 1, duplicate: false, wordCount: 32 });

    const again = await post(user.accessToken, { text: `  ${POST_A.toUpperCase()}\r\n` });
    expect(again.statusCode).toBe(200);
    expect(again.json().items[0]).toMatchObject({ id: created.id, duplicate: true });
    const profile = await call(t, user.accessToken, { method: 'GET', url: '/api/v1/voice/profile' });
    expect(profile.json().sampleCount).toBe(1);
  });

  it.each([
    ['malformed JSON', '{"text": ', 'MALFORMED_BODY', []],
    ['a number', { text: 42 }, 'VALIDATION_FAILED', ['text']],
    ['no text', {}, 'VALIDATION_FAILED', ['text']],
    ['an unknown source', { text: POST_A, source: 'fax' }, 'VALIDATION_FAILED', ['source']],
    ['the feedback source', { text: POST_A, source: 'feedback' }, 'VALIDATION_FAILED', ['source']],
    ['an extra field', { text: POST_A, weight: 9 }, 'VALIDATION_FAILED', ['(root)']],
    ['too few words', { text: 'Too short to learn from.' }, 'TEXT_TOO_SHORT', ['text']],
    ['only spaces', { text: '   \n  ' }, 'TEXT_TOO_SHORT', ['text']],
    ['binary', { text: `${POST_A}\u0000\u0001` }, 'TEXT_NOT_READABLE', ['text']],
    ['oversized text', { text: 'word '.repeat(5000) }, 'VALIDATION_FAILED', ['text']],
  ])('refuses %s', async (_label, payload, code, fields) => {
    const user = await registerUser(t);
    const res =
      typeof payload === 'string'
        ? await call(t, user.accessToken, {
            method: 'POST',
            url: URL,
            payload,
            headers: { 'content-type': 'application/json' },
          })
        : await post(user.accessToken, payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect(fieldsOf(res.json())).toEqual(fields);
  });

  it('needs a token', async () => {
    expect((await t.app.inject({ method: 'POST', url: URL, payload: { text: POST_A } })).statusCode).toBe(
      401,
    );
  });
});

describe('POST /voice/samples (file)', () => {
  it('takes each post of a text or Markdown file as a sample', async () => {
    const user = await registerUser(t);
    const txt = await upload(
      user.accessToken,
      'posts.txt',
      `${POST_A}\n\n---\n\n${POST_B}\n\n---\n\nToo short.`,
    );
    expect(txt.statusCode).toBe(201);
    expect(txt.json().items).toHaveLength(2);
    expect(txt.json().skipped).toEqual([{ index: 2, reason: expect.stringContaining('Too short') }]);

    const md = await upload(
      user.accessToken,
      'post.md',
      `# Why we ship small\n\n**Shipping** beats _polishing_. Read [our notes](https://example.com).\n\n\`\`\`js\nconst x = 1;\n\`\`\`\n\n${POST_B.replace('hired', 'hired *twice*')}`,
    );
    expect(md.statusCode).toBe(201);
    const text: string = md.json().items[0].text;
    expect(text).toContain('Shipping beats polishing. Read our notes.');
    expect(text).not.toMatch(/[#*_`]|const x|https:/);
  });

  it('reads a LinkedIn Shares.csv with quoted multi-line posts', async () => {
    const user = await registerUser(t);
    const csv = `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2024-01-02 10:00:00,https://lnkd.in/1,"${POST_A}\n\nWhat ""small"" thing did you ship?",,,MEMBER_NETWORK\n2024-01-03 10:00:00,https://lnkd.in/2,"${POST_B}",,,MEMBER_NETWORK\n2024-01-04 10:00:00,https://lnkd.in/3,,,,MEMBER_NETWORK\n`;
    const res = await upload(user.accessToken, 'Shares.csv', csv);
    expect(res.statusCode).toBe(201);
    const items = res.json().items;
    expect(items.map((i: { source: string }) => i.source)).toEqual(['linkedin', 'linkedin']);
    expect(items[0].text).toContain('What "small" thing did you ship?');
    expect(res.json().skipped).toEqual([{ index: 2, reason: 'Empty' }]);
  });

  it('reads an X archive, skipping retweets and t.co links', async () => {
    const user = await registerUser(t);
    const tweets = [
      { tweet: { full_text: `${POST_A} https://t.co/abc123` } },
      { tweet: { full_text: `RT @someone: ${POST_B}` } },
      { tweet: { full_text: POST_B.replace('and listen', 'and listen &amp; learn') } },
    ];
    const res = await upload(
      user.accessToken,
      'tweets.js',
      `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`,
    );
    expect(res.statusCode).toBe(201);
    const texts = res.json().items.map((i: { text: string }) => i.text);
    expect(texts).toEqual([POST_A, POST_B.replace('and listen', 'and listen & learn')]);
  });

  it.each([
    ['an unsupported type', 'deck.pdf', '%PDF-1.7 ...', 400, 'UNSUPPORTED_FILE'],
    ['binary bytes', 'posts.txt', Buffer.from([0x50, 0x00, 0x01, 0x02, 0x03]), 400, 'NO_USABLE_POSTS'],
    [
      'invalid UTF-8',
      'posts.txt',
      Buffer.from([0x48, 0xff, 0xfe, 0x20, 0xc3, 0x28]),
      400,
      'TEXT_NOT_READABLE',
    ],
    ['an empty file', 'posts.txt', '', 400, 'NO_USABLE_POSTS'],
    ['a CSV without ShareCommentary', 'Shares.csv', 'a,b\n1,2\n', 400, 'FILE_NOT_PARSEABLE'],
    ['a JS file that is not an archive', 'tweets.js', 'console.log(1)', 400, 'FILE_NOT_PARSEABLE'],
    ['an oversized file', 'posts.txt', Buffer.alloc(MAX_UPLOAD_BYTES + 10, 'a'), 413, 'FILE_TOO_LARGE'],
  ])('refuses %s naming the file field', async (_label, name, content, status, code) => {
    const user = await registerUser(t);
    const res = await upload(user.accessToken, name, content);
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
    expect(fieldsOf(res.json())).toEqual(['file']);
  });

  it('refuses a multipart body without a file field', async () => {
    const user = await registerUser(t);
    const res = await call(t, user.accessToken, {
      method: 'POST',
      url: URL,
      ...multipartFile('a.txt', POST_A, 'other'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('FILE_MISSING');
  });
});

describe('GET and DELETE /voice/samples', () => {
  it('pages newest first, deletes, and keeps users apart', async () => {
    const alice = await registerUser(t, 'Alice');
    const bob = await registerUser(t, 'Bob');
    for (const text of [POST_A, POST_B, `${POST_A} Again, with feeling this time.`])
      await post(alice.accessToken, { text });

    const first = await call(t, alice.accessToken, { method: 'GET', url: `${URL}?limit=2` });
    expect(first.json().items).toHaveLength(2);
    const second = await call(t, alice.accessToken, {
      method: 'GET',
      url: `${URL}?limit=2&cursor=${first.json().nextCursor}`,
    });
    expect(second.json()).toMatchObject({ nextCursor: null });
    const ids = [...first.json().items, ...second.json().items].map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(3);
    expect(second.json().items[0].text).toBe(POST_A);

    expect((await call(t, bob.accessToken, { method: 'GET', url: URL })).json().items).toEqual([]);
    const stolen = await call(t, bob.accessToken, { method: 'DELETE', url: `${URL}/${ids[0]}` });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().code).toBe('SAMPLE_NOT_FOUND');

    expect((await call(t, alice.accessToken, { method: 'DELETE', url: `${URL}/${ids[0]}` })).statusCode).toBe(
      204,
    );
    expect((await call(t, alice.accessToken, { method: 'DELETE', url: `${URL}/${ids[0]}` })).statusCode).toBe(
      404,
    );
    const profile = await call(t, alice.accessToken, { method: 'GET', url: '/api/v1/voice/profile' });
    expect(profile.json().sampleCount).toBe(2);
  });

  it.each([
    ['a malformed id', 'DELETE', `${URL}/not-a-uuid`, 'id'],
    ['a bad cursor', 'GET', `${URL}?cursor=nonsense`, 'cursor'],
    ['a zero limit', 'GET', `${URL}?limit=0`, 'limit'],
  ] as const)('refuses %s', async (_label, method, url, field) => {
    const user = await registerUser(t);
    const res = await call(t, user.accessToken, { method, url });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.json())).toEqual([field]);
  });
});
