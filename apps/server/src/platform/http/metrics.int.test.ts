// Who may read /metrics: nobody on the public port by default; with METRICS_TOKEN, callers sending it
// as a bearer token; with METRICS_PORT, anyone reaching that separate port (and the token when set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const TOKEN = 'metrics-token-0123456789abcdef';

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.body).not.toContain('http_requests_total');
}

function expectMetrics(body: string) {
  expect(body).toContain('http_requests_total{method="GET",route="/api/v1/users/me",status="401"}');
  expect(body).toContain('http_request_duration_seconds_bucket');
  expect(body).toMatch(/db_pool_connections\{state="total"\} \d+/);
  expect(body).toContain('process_cpu_user_seconds_total');
}

describe('by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('does not serve /metrics on the public port', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/metrics' }), 404);
    expect(t.metricsUrl()).toBeUndefined();
  });
});

describe('with METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => t.close());

  it('serves /metrics only to callers with the token', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/users/me' });
    const get = (authorization?: string) =>
      t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
    const missing = await get();
    expectProblem(missing, 401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expectProblem(await get(`Bearer ${TOKEN}x`), 401);
    expectProblem(await get(`Basic ${TOKEN}`), 401);
    const allowed = await get(`Bearer ${TOKEN}`);
    expect(allowed.statusCode).toBe(200);
    expectMetrics(allowed.body);
  });
});

describe('with METRICS_PORT', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_PORT: '0', HOST: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('serves /metrics on its own port and not on the public one', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/users/me' });
    expectProblem(await t.app.inject({ method: 'GET', url: '/metrics' }), 404);
    const url = t.metricsUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expectMetrics(await res.text());
    const other = await fetch(`${url}/api/v1/users/me`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('with METRICS_PORT and METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ METRICS_PORT: '0', METRICS_TOKEN: TOKEN, HOST: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('asks for the token on the metrics port too', async () => {
    const url = t.metricsUrl();
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });

  it('refuses a METRICS_TOKEN too short to be a secret', async () => {
    await expect(createTestApp({ METRICS_TOKEN: 'short' }, t)).rejects.toThrow(/METRICS_TOKEN/);
  });
});
