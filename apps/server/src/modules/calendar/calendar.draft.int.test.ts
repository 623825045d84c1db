// "Draft this entry" through the real app: the calendar asks generation for a draft on the entry's
// topic, the content module stores it, and the entry points at it from then on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { NOW } from './calendar.fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

async function entryFor(token: string, platforms: string[], format = 'post') {
  const res = await call(t, token, {
    method: 'POST',
    url: '/api/v1/calendar/entries',
    payload: { date: '2027-02-09', topic: 'Closing the books in two days', format, platforms },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const draft = (token: string, id: string) =>
  call(t, token, { method: 'POST', url: `/api/v1/calendar/entries/${id}/draft` });

describe('POST /calendar/entries/:id/draft', () => {
  it('creates one draft on the entry topic, marks the entry drafted and is safe to repeat', async () => {
    const user = await registerUser(t);
    const id = await entryFor(user.accessToken, ['linkedin']);
    const first = await draft(user.accessToken, id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id, status: 'drafted', version: 2 });
    expect(first.headers.etag).toBe('"v2"');

    const content = await call(t, user.accessToken, {
      method: 'GET',
      url: `/api/v1/content/${first.json().contentId}`,
    });
    expect(content.statusCode).toBe(200);
    expect(content.json()).toMatchObject({
      status: 'draft',
      platforms: ['linkedin'],
      aiMetadata: { generatedFrom: 'Closing the books in two days' },
    });

    // The draft keeps its variants, so the writer can open it and accept another one.
    const variants = await call(t, user.accessToken, {
      method: 'GET',
      url: `/api/v1/content/${first.json().contentId}/variants`,
    });
    expect(variants.json().variants).toHaveLength(3);
    expect(variants.json().variants[0].body).toBe(content.json().body);

    const again = await draft(user.accessToken, id);
    expect(again.json().contentId).toBe(first.json().contentId);
    const listed = await call(t, user.accessToken, { method: 'GET', url: '/api/v1/content' });
    expect(listed.json().items).toHaveLength(1);
  });

  it('writes an article for Medium and a thread where threads exist', async () => {
    const user = await registerUser(t);
    for (const [platforms, format, type] of [
      [['medium'], 'post', 'article'],
      [['x'], 'thread', 'thread'],
      [['linkedin'], 'thread', 'post'],
    ] as const) {
      const res = await draft(user.accessToken, await entryFor(user.accessToken, [...platforms], format));
      const content = await call(t, user.accessToken, {
        method: 'GET',
        url: `/api/v1/content/${res.json().contentId}`,
      });
      expect({ platforms, type: content.json().type }).toEqual({ platforms, type });
    }
  });

  it('drafts one piece for every platform of the entry, written for the first', async () => {
    const user = await registerUser(t);
    const res = await draft(user.accessToken, await entryFor(user.accessToken, ['linkedin', 'x', 'bluesky']));
    const content = await call(t, user.accessToken, {
      method: 'GET',
      url: `/api/v1/content/${res.json().contentId}`,
    });
    expect(content.json().platforms).toEqual(['linkedin', 'x', 'bluesky']);
  });

  it("answers 404 for another user's entry and for an unknown id, and 400 for a malformed id", async () => {
    const owner = await registerUser(t);
    const id = await entryFor(owner.accessToken, ['linkedin']);
    const other = await registerUser(t);
    expect((await draft(other.accessToken, id)).statusCode).toBe(404);
    expect((await draft(owner.accessToken, '8d7c0c0e-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await draft(owner.accessToken, 'not-an-id')).statusCode).toBe(400);
    const untouched = await call(t, owner.accessToken, {
      method: 'GET',
      url: '/api/v1/calendar?month=2027-02',
    });
    expect(untouched.json().entries[0]).toMatchObject({ status: 'planned', contentId: null });
  });
});
