import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createServer, redactUrl } from './server.js';

describe('redactUrl', () => {
  it('censors credentials in query strings and keeps the rest', () => {
    expect(redactUrl('/api/v1/platforms/x/callback?state=abc&code=xyz')).toBe(
      '/api/v1/platforms/x/callback?state=[redacted]&code=[redacted]',
    );
    expect(redactUrl('/cb?error=access_denied&state=s1&state=s2')).toBe(
      '/cb?error=access_denied&state=[redacted]',
    );
    expect(redactUrl('/content?query=oauth+code')).toBe('/content?query=oauth+code');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});

describe('request logs', () => {
  it('never carry credentials from the URL, headers or token-like fields', async () => {
    const lines: string[] = [];
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await createServer({
      logLevel: 'info',
      bodyLimit: 1024,
      trustProxy: false,
      corsOrigins: [],
      logStream,
    });
    app.get('/cb', async (request) => {
      request.log.info(
        { tokens: { accessToken: 'at-secret-1', refresh_token: 'rt-secret-2' } },
        'got tokens',
      );
      return { ok: true };
    });
    await app.inject({
      url: '/cb?code=code-secret-3&state=state-secret-4',
      headers: { authorization: 'Bearer b-5' },
    });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('got tokens');
    expect(log).toContain('/cb?code=[redacted]&state=[redacted]');
    for (const secret of ['at-secret-1', 'rt-secret-2', 'code-secret-3', 'state-secret-4', 'b-5'])
      expect(log).not.toContain(secret);
  });
});
