// /users/me and /admin/users through the real app: profile edits, validation, the delete cascade,
// tenant isolation and the admin role guard.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const me = (token: string, method: 'GET' | 'PATCH' | 'DELETE' = 'GET', payload?: object) =>
  call(t, token, { method, url: '/api/v1/users/me', ...(payload ? { payload } : {}) });

describe('GET /users/me', () => {
  it('needs a token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('PATCH /users/me', () => {
  it('updates profile fields and keeps the others', async () => {
    const user = await registerUser(t, 'Ada Lovelace');
    const res = await me(user.accessToken, 'PATCH', {
      headline: 'Analyst of engines',
      experienceLevel: 'senior',
      timezone: 'Europe/London',
      profileImageUrl: 'https://example.com/ada.png',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toEqual({
      fullName: 'Ada Lovelace',
      headline: 'Analyst of engines',
      bio: null,
      industry: null,
      experienceLevel: 'senior',
      profileImageUrl: 'https://example.com/ada.png',
      timezone: 'Europe/London',
      benchmarkOptIn: false,
    });
    const optedIn = await me(user.accessToken, 'PATCH', { benchmarkOptIn: true });
    expect(optedIn.json().profile).toMatchObject({ benchmarkOptIn: true, headline: 'Analyst of engines' });
    const cleared = await me(user.accessToken, 'PATCH', { headline: null });
    expect(cleared.json().profile).toMatchObject({ headline: null, timezone: 'Europe/London' });
    expect((await me(user.accessToken)).json().profile.experienceLevel).toBe('senior');
  });

  it.each([
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
    [{ timezone: '+02:00' }, 'timezone'],
    [{ experienceLevel: 'wizard' }, 'experienceLevel'],
    [{ profileImageUrl: 'javascript:alert(1)' }, 'profileImageUrl'],
    [{ fullName: '' }, 'fullName'],
    [{ headline: 42 }, 'headline'],
    [{ role: 'admin' }, '(root)'],
  ])('refuses %j naming %s and changes nothing', async (patch, path) => {
    const user = await registerUser(t);
    const res = await me(user.accessToken, 'PATCH', patch);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await me(user.accessToken)).json()).toEqual(user.user);
  });
});

describe('DELETE /users/me', () => {
  it('removes every row of the user and ends their tokens', async () => {
    const user = await registerUser(t);
    const survivor = await registerUser(t);
    expect((await me(user.accessToken, 'DELETE')).statusCode).toBe(204);

    for (const table of await tablesWithUserId()) {
      const count = await countRows(table, user.user.id);
      expect({ table, count }).toEqual({ table, count: 0 });
    }
    expect(await countRows('users', user.user.id, 'id')).toBe(0);
    expect((await me(user.accessToken)).statusCode).toBe(401);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: user.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    expect((await me(survivor.accessToken)).statusCode).toBe(200);
  });

  it('lets the email be registered again', async () => {
    const user = await registerUser(t);
    await me(user.accessToken, 'DELETE');
    const again = await registerUser(t, 'Reborn', user.user.email);
    expect(again.user.id).not.toBe(user.user.id);
  });
});

describe('tenant isolation', () => {
  it("never shows or changes another user's data", async () => {
    const alice = await registerUser(t, 'Alice');
    const bob = await registerUser(t, 'Bob');
    await me(bob.accessToken, 'PATCH', { headline: 'Bob was here' });
    expect((await me(alice.accessToken)).json()).toEqual(alice.user);
    expect((await me(bob.accessToken)).json().id).toBe(bob.user.id);
    await me(bob.accessToken, 'DELETE');
    expect((await me(alice.accessToken)).statusCode).toBe(200);
  });
});

describe('GET /admin/users', () => {
  it('is for admins only and pages through every user with a cursor', async () => {
    const admin = await registerUser(t, 'Admin');
    const plain = await registerUser(t, 'Plain');
    expect((await call(t, plain.accessToken, { method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(
      403,
    );
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(401);

    await t.services.users.setRole(admin.user.email, 'admin');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.user.email, password: admin.password },
    });
    const token = login.json().accessToken;

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await call(t, token, { method: 'GET', url: `/api/v1/admin/users${query}` });
      expect(page.statusCode).toBe(200);
      const body = page.json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((u: { id: string }) => u.id));
      cursor = body.nextCursor;
    } while (cursor);
    const [{ n }] = (await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from users`,
    )) as [{ n: number }];
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    expect(seen).toEqual(expect.arrayContaining([admin.user.id, plain.user.id]));

    const bad = await call(t, token, { method: 'GET', url: '/api/v1/admin/users?cursor=nonsense' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('cursor');
    expect((await call(t, token, { method: 'GET', url: '/api/v1/admin/users?limit=0' })).statusCode).toBe(
      400,
    );
  });
});

async function tablesWithUserId(): Promise<string[]> {
  const result = await queryRows<{ table_name: string }>(
    t.database.db,
    sql`select table_name from information_schema.columns where column_name = 'user_id' and table_schema = 'public'`,
  );
  const tables = result.map((r) => r.table_name);
  expect(tables).toEqual(expect.arrayContaining(['user_profiles', 'refresh_tokens']));
  return tables;
}

async function countRows(table: string, userId: string, column = 'user_id'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${userId}`,
  );
  return row?.n ?? -1;
}
