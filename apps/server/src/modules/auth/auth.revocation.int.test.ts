// Taking the admin role away (`revoke-admin <email>`, which calls UsersService.setRole) ends every
// session of that user: access tokens through the kv's revoked-before mark, refresh tokens by
// revoking their families. An admin token is also checked against the role stored now, so a demotion
// holds even where the mark is gone (embedded mode keeps the kv in memory, per process).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function login(email: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { accessToken: string; refreshToken: string };
}

const adminList = (token: string) => call(t, token, { method: 'GET', url: '/api/v1/admin/users' });
const me = (token: string) => call(t, token, { method: 'GET', url: '/api/v1/users/me' });
const refresh = (refreshToken: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

/** A user made admin the way `grant-admin` does, signed in twice (two refresh token families). */
async function signedInAdmin() {
  const user = await registerUser(t);
  expect(await t.services.users.setRole(user.user.email, 'admin')).toBe(true);
  const first = await login(user.user.email, user.password);
  const second = await login(user.user.email, user.password);
  expect((await adminList(first.accessToken)).statusCode).toBe(200);
  return { user, sessions: [first, second] };
}

describe('revoking the admin role', () => {
  it('ends every access and refresh token of that user, and only theirs', async () => {
    const { user, sessions } = await signedInAdmin();
    const bystander = await registerUser(t);
    expect(await t.services.users.setRole(user.user.email, 'user')).toBe(true);
    for (const session of sessions) {
      const admin = await adminList(session.accessToken);
      expect(admin.statusCode).toBe(401);
      expect(admin.headers['content-type']).toContain('application/problem+json');
      expect((await me(session.accessToken)).statusCode).toBe(401);
      const refreshed = await refresh(session.refreshToken);
      expect(refreshed.statusCode).toBe(401);
      expect(refreshed.json().code).toBe('INVALID_REFRESH_TOKEN');
    }
    expect((await me(user.accessToken)).statusCode).toBe(401);
    expect((await me(bystander.accessToken)).statusCode).toBe(200);
    expect((await refresh(bystander.refreshToken)).statusCode).toBe(200);
  });

  it('refuses an admin token once the stored role is user, even without the revocation mark', async () => {
    const { user, sessions } = await signedInAdmin();
    expect(await t.services.users.setRole(user.user.email, 'user')).toBe(true);
    // As after a restart in embedded mode: the in-memory mark is gone, the database remains.
    await t.kv.del(`auth:revoked-before:${user.user.id}`);
    const [session] = sessions;
    expect((await adminList(session?.accessToken ?? '')).statusCode).toBe(401);
  });

  it('demoting one admin leaves the tokens of other admins alone', async () => {
    const one = await signedInAdmin();
    const other = await signedInAdmin();
    expect(await t.services.users.setRole(one.user.user.email, 'user')).toBe(true);
    expect((await adminList(other.sessions[0]?.accessToken ?? '')).statusCode).toBe(200);
    expect(await t.services.users.setRole('nobody@example.com', 'user')).toBe(false);
  });
});
