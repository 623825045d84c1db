// API conventions every endpoint follows: problem+json for bad input, hidden internals on 5xx,
// rate limits with headers, security headers, request ids, CORS allowlist, docs, health and metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096', CORS_ORIGINS: 'https://app.example.com' });
});
afterAll(() => t.close());

const register = (payload: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload,
    headers: { 'content-type': contentType },
  });

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({
    type: expect.stringContaining(':problem:'),
    title: expect.any(String),
    status,
    code,
  });
}

describe('bad input', () => {
  it('malformed JSON is a 400 problem', async () => {
    expectProblem(await register('{"email": "a@b.co",'), 400, 'MALFORMED_BODY');
  });

  it('wrong types and missing fields name the fields', async () => {
    const res = await register(JSON.stringify({ email: 42, password: ['x'] }));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = new Set((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path));
    expect([...paths].sort()).toEqual(['email', 'fullName', 'password']);
  });

  it('an oversized body is a 413 problem', async () => {
    const huge = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(10_000), fullName: 'A' });
    expectProblem(await register(huge), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unsupported media type is a 415 problem', async () => {
    expectProblem(
      await register('email=a@b.co', 'application/x-www-form-urlencoded'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('an unknown route is a 404 problem', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'NOT_FOUND');
  });

  it('leaves no half-written account behind', async () => {
    await register(JSON.stringify({ email: 'half@example.com', password: 'short', fullName: 'Half' }));
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'half@example.com', password: 'short' },
    });
    expect(login.statusCode).toBe(401);
  });
});

describe('server errors', () => {
  it('hide internals', async () => {
    // Routes cannot be added to a ready app, so the shared error handling is tried on a bare server.
    const { createServer } = await import('./server.js');
    const bare = await createServer({
      logLevel: 'silent',
      bodyLimit: 1024,
      trustProxy: false,
      corsOrigins: [],
    });
    bare.get('/boom', async () => {
      throw new Error('password=hunter2 at /srv/secret.ts:42');
    });
    const res = await bare.inject({ method: 'GET', url: '/boom' });
    await bare.close();
    expectProblem(res, 500, 'INTERNAL');
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('secret.ts');
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After and RateLimit headers, per user', async () => {
    const limited = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' }, t);
    try {
      // Registered through the unthrottled app: anonymous calls share the test client's IP budget.
      const alice = await registerUser(t);
      const bob = await registerUser(t);
      const statuses: number[] = [];
      let last = await call(limited, alice.accessToken, { method: 'GET', url: '/api/v1/users/me' });
      expect(last.headers['ratelimit-limit']).toBe('3');
      expect(last.headers['ratelimit-remaining']).toBeDefined();
      statuses.push(last.statusCode);
      for (let i = 0; i < 3; i++) {
        last = await call(limited, alice.accessToken, { method: 'GET', url: '/api/v1/users/me' });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expectProblem(last, 429, 'RATE_LIMITED');
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
      expect(
        (await call(limited, bob.accessToken, { method: 'GET', url: '/api/v1/users/me' })).statusCode,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('shares one budget between API processes exactly when Redis holds it', async () => {
    const first = await createTestApp({ RATE_LIMIT_PER_MINUTE: '4' }, t);
    const second = await createTestApp({ RATE_LIMIT_PER_MINUTE: '4' }, t);
    try {
      const user = await registerUser(t);
      const get = (app: TestApp) => call(app, user.accessToken, { method: 'GET', url: '/api/v1/users/me' });
      const statuses: number[] = [];
      for (const app of [first, second, first, second, first]) statuses.push((await get(app)).statusCode);
      expect(statuses).toEqual(t.kv.kind === 'redis' ? [200, 200, 200, 200, 429] : [200, 200, 200, 200, 200]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('headers', () => {
  it('sets security headers and echoes a safe request id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    const unsafe = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\n' },
    });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('pins HTTPS and upgrades requests only when served over https', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const secure = await createTestApp({ PUBLIC_URL: 'https://brand.example.com' }, t);
    try {
      const res = await secure.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
      const user = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: { 'x-auth-transport': 'cookie' },
        payload: { email: 'secure@example.com', password: 'long enough pass', fullName: 'S' },
      });
      expect(user.cookies.find((c) => c.name === 'bw_refresh')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('allows only listed CORS origins', async () => {
    const allowed = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/users/me',
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.com');
    const denied = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/users/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('docs, health and metrics', () => {
  it('publishes an OpenAPI document generated from the schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/register',
        '/api/v1/auth/refresh',
        '/api/v1/users/me',
        '/api/v1/admin/users',
      ]),
    );
    expect(
      doc.paths['/api/v1/auth/register'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['email', 'password', 'fullName']));
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/healthz') || p === '/metrics')).toBe(false);
  });

  it('serves the docs UI from local assets', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
    expect(res.body).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
  });

  it('reports liveness and readiness (metrics: metrics.int.test.ts)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.database).toBe('ok');
    if (t.kv.kind === 'redis') expect(ready.json().checks.redis).toBe('ok');
  });
});
