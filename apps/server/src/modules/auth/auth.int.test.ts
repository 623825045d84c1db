// The auth contract end to end through the real app: register, login, throttling, refresh rotation
// with reuse detection, logout, and the web app's cookie transport.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createTestApp,
  PASSWORD,
  registerUser,
  type TestApp,
  uniqueEmail,
} from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '8' });
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/auth/${url}`, payload: payload as object, headers });

describe('register', () => {
  it('creates the account and answers the session shape', async () => {
    const email = uniqueEmail();
    const res = await post('register', {
      email: email.toUpperCase(),
      password: PASSWORD,
      fullName: '  Grace Hopper ',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'user']);
    expect(body.expiresIn).toBe(900);
    expect(body.user).toMatchObject({
      email,
      role: 'user',
      subscriptionTier: 'free',
      profile: {
        fullName: 'Grace Hopper',
        headline: null,
        bio: null,
        industry: null,
        experienceLevel: null,
        profileImageUrl: null,
        timezone: 'UTC',
      },
    });
    expect(new Date(body.user.createdAt).toString()).not.toBe('Invalid Date');
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('refuses a duplicate email, whatever its case, with 409', async () => {
    const email = uniqueEmail();
    await registerUser(t, 'First', email);
    const res = await post('register', {
      email: email.toUpperCase(),
      password: PASSWORD,
      fullName: 'Second',
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 409, code: 'EMAIL_TAKEN', errors: [{ path: 'email' }] });
  });

  it('names each invalid field', async () => {
    const res = await post('register', { email: 'not-an-email', password: 'short', fullName: '' });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['email', 'fullName', 'password']);
  });
});

describe('login', () => {
  it('signs in with the right password', async () => {
    const user = await registerUser(t);
    const res = await post('login', { email: user.user.email, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(user.user.id);
    const me = await call(t, res.json().accessToken, { method: 'GET', url: '/api/v1/users/me' });
    expect(me.json().email).toBe(user.user.email);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await registerUser(t);
    const wrongPassword = await post('login', { email: user.user.email, password: 'wrong password!' });
    const unknownEmail = await post('login', { email: uniqueEmail('nobody'), password: 'wrong password!' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(unknownEmail.json()).toEqual(wrongPassword.json());
  });

  it('throttles repeated failures per account, even with the right password afterwards', async () => {
    const user = await registerUser(t);
    const ip = { remoteAddress: '10.0.0.11' };
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.user.email, password: 'bad password' },
        ...ip,
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.user.email, password: PASSWORD },
      remoteAddress: '10.0.0.12',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles repeated failures per IP across accounts', async () => {
    const remoteAddress = '10.0.0.99';
    for (let i = 0; i < 8; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: uniqueEmail('spray'), password: 'guess guess' },
        remoteAddress,
      });
      expect(res.statusCode).toBe(401);
    }
    const user = await registerUser(t);
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.user.email, password: PASSWORD },
      remoteAddress,
    });
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.user.email, password: PASSWORD },
      remoteAddress: '10.0.0.100',
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('refresh tokens', () => {
  it('rotate on every refresh', async () => {
    const user = await registerUser(t);
    const first = await post('refresh', { refreshToken: user.refreshToken });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken']);
    expect(body.refreshToken).not.toBe(user.refreshToken);
    const second = await post('refresh', { refreshToken: body.refreshToken });
    expect(second.statusCode).toBe(200);
  });

  it('treat reuse of a rotated token as theft and revoke the whole family', async () => {
    const user = await registerUser(t);
    const rotated = (await post('refresh', { refreshToken: user.refreshToken })).json().refreshToken;
    const reuse = await post('refresh', { refreshToken: user.refreshToken });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('REFRESH_TOKEN_REUSED');
    const newest = await post('refresh', { refreshToken: rotated });
    expect(newest.statusCode).toBe(401);
  });

  it('leave other sessions of the same user alone when one family is revoked', async () => {
    const user = await registerUser(t);
    const other = (await post('login', { email: user.user.email, password: PASSWORD })).json().refreshToken;
    await post('refresh', { refreshToken: user.refreshToken });
    await post('refresh', { refreshToken: user.refreshToken });
    expect((await post('refresh', { refreshToken: other })).statusCode).toBe(200);
  });

  it('refuse unknown tokens and name a missing one', async () => {
    expect((await post('refresh', { refreshToken: 'made-up' })).statusCode).toBe(401);
    const missing = await post('refresh', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ path: 'refreshToken', message: 'Required' }]);
  });
});

describe('logout', () => {
  it('revokes the family and is safe to repeat', async () => {
    const user = await registerUser(t);
    expect((await post('logout', { refreshToken: user.refreshToken })).statusCode).toBe(204);
    expect((await post('logout', { refreshToken: user.refreshToken })).statusCode).toBe(204);
    expect((await post('refresh', { refreshToken: user.refreshToken })).statusCode).toBe(401);
  });
});

describe('cookie transport (web app)', () => {
  const web = { 'x-auth-transport': 'cookie' };

  it('keeps the refresh token in an httpOnly SameSite=Strict cookie, out of the body', async () => {
    const res = await post(
      'register',
      { email: uniqueEmail(), password: PASSWORD, fullName: 'Web User' },
      web,
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).not.toHaveProperty('refreshToken');
    const cookie = res.cookies.find((c) => c.name === 'bw_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });

    const refreshed = await post('refresh', {}, { ...web, cookie: `bw_refresh=${cookie?.value}` });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json()).not.toHaveProperty('refreshToken');
    const next = refreshed.cookies.find((c) => c.name === 'bw_refresh');
    expect(next?.value).toBeTruthy();
    expect(next?.value).not.toBe(cookie?.value);

    const out = await post('logout', {}, { ...web, cookie: `bw_refresh=${next?.value}` });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'bw_refresh')?.value).toBe('');
    expect((await post('refresh', {}, { ...web, cookie: `bw_refresh=${next?.value}` })).statusCode).toBe(401);
  });

  it('answers 401 without a cookie', async () => {
    const res = await post('refresh', {}, web);
    expect(res.statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  const secret = () => new TextEncoder().encode(t.config.JWT_SECRET);

  it('refuses an expired token, a forged one and a malformed header', async () => {
    const user = await registerUser(t);
    const expired = await new SignJWT({ role: 'user' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.user.id)
      .setIssuer('brandwright')
      .setAudience('brandwright-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret());
    const res = await call(t, expired, { method: 'GET', url: '/api/v1/users/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(/expired/);

    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.user.id)
      .setIssuer('brandwright')
      .setAudience('brandwright-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect((await call(t, forged, { method: 'GET', url: '/api/v1/users/me' })).statusCode).toBe(401);
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/me',
      headers: { authorization: 'Token abc' },
    });
    expect(malformed.statusCode).toBe(401);
  });

  it('carry a unique jti', async () => {
    const user = await registerUser(t);
    const again = (await post('login', { email: user.user.email, password: PASSWORD })).json().accessToken;
    const jti = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).jti;
    expect(jti(user.accessToken)).toMatch(/^[0-9a-f-]{36}$/);
    expect(jti(again)).not.toBe(jti(user.accessToken));
  });
});

describe('password change', () => {
  const NEW_PASSWORD = 'a-new-password-for-ada';
  const change = (token: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload,
      headers: { authorization: `Bearer ${token}` },
    });

  it('needs the current password and names the field when it is wrong', async () => {
    const user = await registerUser(t);
    const wrong = await change(user.accessToken, {
      currentPassword: 'not-it-at-all',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: expect.any(String) }]);
    const short = await change(user.accessToken, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.json().errors[0].path).toBe('newPassword');
    expect((await post('login', { email: user.user.email, password: PASSWORD })).statusCode).toBe(200);
    expect((await change('', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(401);
  });

  it('ends every other session, opens a new one, and is safe to retry', async () => {
    const user = await registerUser(t);
    const elsewhere = (await post('login', { email: user.user.email, password: PASSWORD })).json();
    const body = { currentPassword: PASSWORD, newPassword: NEW_PASSWORD };
    const changed = await change(user.accessToken, body);
    expect(changed.statusCode, changed.body).toBe(200);
    const fresh = changed.json();
    // A lost answer, retried: the new password is in place, so the same request succeeds again.
    const retried = await change(fresh.accessToken, body);
    expect(retried.statusCode, retried.body).toBe(200);
    const me = (token: string) => call(t, token, { method: 'GET', url: '/api/v1/users/me' });
    expect((await me(retried.json().accessToken)).statusCode).toBe(200);
    expect((await me(elsewhere.accessToken)).statusCode).toBe(401);
    expect((await post('refresh', { refreshToken: elsewhere.refreshToken })).statusCode).toBe(401);
    expect((await post('login', { email: user.user.email, password: PASSWORD })).statusCode).toBe(401);
    expect((await post('login', { email: user.user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });
});
