// The X adapter against answers the emulator does not give but X might (the ⚠ variants): 429 as
// problem JSON, too-long text as 403, a proxy's HTML 502, a 201 without data, a 504 on a write,
// the 24-hour app cap, and a whole-request refusal of non_public_metrics.
import { describe, expect, it } from 'vitest';
import { xRetryAfter } from './api.js';
import { createXClient } from './index.js';
import { codeOf } from './test/x-kit.js';

const session = { account: { id: '42' }, accessToken: 'secret-access-token' };
const post = { text: 'hello', idempotencyKey: 'k' };

/** A client whose fetch answers from a script, recording the URLs asked for. */
function scripted(...answers: (() => Response)[]) {
  const urls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    urls.push(String(input));
    const next = answers.shift();
    if (!next) throw new Error('no more scripted answers');
    return next();
  }) as typeof globalThis.fetch;
  const client = createXClient({
    authUrl: 'https://x.com',
    apiUrl: 'https://api.x.com',
    http: { timeoutMs: 1000, fetch },
  });
  return { client, urls };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

describe('xRetryAfter', () => {
  const at = Date.parse('2026-11-26T12:00:00Z');
  const epoch = (offsetSeconds: number) => String(at / 1000 + offsetSeconds);

  it('waits for the longest exhausted window, the 24-hour app cap included', () => {
    const headers = new Headers({
      'x-rate-limit-remaining': '40',
      'x-rate-limit-reset': epoch(300),
      'x-app-limit-24hour-remaining': '0',
      'x-app-limit-24hour-reset': epoch(20_000),
    });
    expect(xRetryAfter(headers, at)).toBe(20_000);
  });

  it('falls back to the 15-minute reset, then to Retry-After, and measures on X’s date', () => {
    expect(xRetryAfter(new Headers({ 'x-rate-limit-reset': epoch(90) }), at)).toBe(90);
    expect(xRetryAfter(new Headers({ 'retry-after': '30' }), at)).toBe(30);
    expect(xRetryAfter(new Headers(), at)).toBeUndefined();
    const skewed = new Headers({
      date: new Date(at + 3_600_000).toUTCString(),
      'x-rate-limit-reset': epoch(3_660),
    });
    expect(xRetryAfter(skewed, at)).toBe(60);
  });
});

describe('X answers the emulator does not give', () => {
  it('takes a problem-JSON 429 as RATE_LIMITED', async () => {
    const { client } = scripted(
      json(429, {
        title: 'Too Many Requests',
        detail: 'Too Many Requests',
        type: 'about:blank',
        status: 429,
      }),
    );
    expect(await codeOf(client.publish(session, post))).toBe('RATE_LIMITED');
  });

  it('takes too-long text answered with 403 as INVALID_CONTENT, other 403s as FORBIDDEN', async () => {
    const { client } = scripted(
      json(403, {
        detail: 'Your Tweet text is too long.',
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
      }),
      json(403, { detail: 'You are not permitted to perform this action.', title: 'Forbidden', status: 403 }),
    );
    expect(await codeOf(client.publish(session, post))).toBe('INVALID_CONTENT');
    expect(await codeOf(client.publish(session, post))).toBe('FORBIDDEN');
  });

  it('understands a proxy’s HTML 502 by its status: a publish that may have gone through', async () => {
    const { client } = scripted(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await codeOf(client.publish(session, post))).toBe('UNKNOWN_OUTCOME');
  });

  it('never takes a success without data for a published post', async () => {
    const { client } = scripted(
      json(201, { errors: [{ message: 'Something went sideways' }] }),
      () => new Response('{"data":', { status: 201 }),
      json(504, { title: 'Gateway Timeout' }),
    );
    expect(await codeOf(client.publish(session, post))).toBe('UNKNOWN_OUTCOME');
    expect(await codeOf(client.publish(session, post))).toBe('UNKNOWN_OUTCOME');
    expect(await codeOf(client.publish(session, post))).toBe('UNKNOWN_OUTCOME');
  });

  it('asks for public metrics alone when X refuses non_public_metrics outright', async () => {
    const metrics = { retweet_count: 1, reply_count: 2, like_count: 3, quote_count: 0, impression_count: 50 };
    const { client, urls } = scripted(
      json(403, { title: 'Forbidden', detail: 'Forbidden', type: 'about:blank', status: 403 }),
      json(200, { data: { id: '1', text: 't', public_metrics: metrics } }),
    );
    const result = await client.postMetrics(session, { id: '1', url: '', publishedAt: new Date() });
    expect(result).toMatchObject({ impressions: 50, likes: 3, comments: 2, reposts: 1 });
    expect(result?.clicks).toBeUndefined();
    expect(new URL(urls[1] ?? '').searchParams.get('tweet.fields')).toBe('public_metrics');
  });

  it('keeps the token out of every error message', async () => {
    const { client } = scripted(json(401, { title: 'Unauthorized', status: 401 }));
    const error = await client.profile(session).catch((e: unknown) => e);
    expect((error as Error).message).not.toContain(session.accessToken);
  });
});
