// The EntryDrafter port on a real database: until the content module lands there is no route, so the
// service is built here with a recording drafter (the app wires the real one after the merge).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { NOW } from './calendar.fixtures.js';
import { type CalendarService, createCalendarService, type EntryDrafter } from './index.js';

let t: TestApp;
let service: CalendarService;
const drafted: string[] = [];
const drafter: EntryDrafter = {
  async draft(_userId, entry) {
    drafted.push(entry.id);
    return { contentId: randomUUID() };
  },
};

beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
  service = createCalendarService(t.database, {
    users: t.services.users,
    brand: t.services.brand,
    clock: () => NOW,
    drafter,
  });
});
afterAll(() => t.close());

describe('drafting an entry', () => {
  it('attaches one draft, marks the entry drafted and is safe to repeat', async () => {
    const user = await registerUser(t);
    const res = await call(t, user.accessToken, {
      method: 'POST',
      url: '/api/v1/calendar/entries',
      payload: { date: '2027-02-09', topic: 'Two-day close', format: 'post', platforms: ['linkedin'] },
    });
    const id = res.json().id;
    const first = await service.draft(user.user.id, id);
    expect(first).toMatchObject({ id, status: 'drafted', version: 2 });
    expect(first.contentId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await service.draft(user.user.id, id);
    expect(again.contentId).toBe(first.contentId);
    expect(drafted.filter((d) => d === id)).toHaveLength(1);

    const other = await registerUser(t);
    await expect(service.draft(other.user.id, id)).rejects.toMatchObject({ code: 'ENTRY_NOT_FOUND' });
  });

  it('says drafting is unavailable when no drafter is wired', async () => {
    const user = await registerUser(t);
    await expect(t.services.calendar.draft(user.user.id, randomUUID())).rejects.toMatchObject({
      code: 'DRAFTING_UNAVAILABLE',
    });
  });
});
