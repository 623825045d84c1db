// The web app's delivery through the real app: precompressed bytes chosen by Accept-Encoding, a year
// of caching for hashed assets, revalidation for index.html (deep links included), and the route
// pages that carry modulepreload links for the chunks the build listed for them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const SCRIPT = `console.log(${JSON.stringify('brandwright '.repeat(400))});`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;

/** What apps/web/vite.route-preload.ts writes: per route, the lazy chunks its first load fetches. */
const PRELOADS = {
  '/': ['/assets/HomePage-h0me.js', '/assets/brand-b1.js'],
  '/content/:id': ['/assets/Editor-3d.js'],
  '/login': ['/assets/Login-1.js', '"><script>alert(1)</script>'],
};
const links = (files: string[]) =>
  files.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`).join('');

let app: TestApp;

/** What the web build's precompress step leaves beside a file (apps/web/vite.precompress.ts). */
function writeWithTwins(path: string, text: string): void {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'bw-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeWithTwins(join(dist, 'index.html'), INDEX);
  writeWithTwins(join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  mkdirSync(join(dist, '.vite'));
  writeFileSync(join(dist, '.vite', 'route-preloads.json'), JSON.stringify(PRELOADS));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await createTestApp({ WEB_DIST_DIR: dist }, undefined, { serveWeb: true });
});

afterAll(async () => {
  await app?.close();
});

const get = (url: string, encoding?: string) =>
  app.app.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('web app delivery', () => {
  it('sends brotli when the browser accepts it, with Vary and a year of immutable caching', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gzip = await get('/assets/index-abc123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('serves index.html compressed and revalidated on deep links without preloads', async () => {
    for (const url of ['/calendar', '/content', '/content/123/extra', '/schedule/settings']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(INDEX);
    }
  });

  it('puts the listed chunks into the page of each route, exact or by :segment', async () => {
    const cases: [string, string[]][] = [
      ['/', PRELOADS['/']],
      ['/content/123', PRELOADS['/content/:id']],
      ['/content/new/', PRELOADS['/content/:id']],
    ];
    for (const [url, files] of cases) {
      const response = await get(url, 'gzip, deflate, br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(String(response.headers.vary), url).toMatch(/accept-encoding/i);
      expect(response.headers['content-encoding'], url).toBe('br');
      const html = brotliDecompressSync(response.rawPayload).toString();
      expect(html, url).toBe(INDEX.replace('</head>', `${links(files)}</head>`));
    }
  });

  it('sends a route page as gzip or plain when brotli is not accepted', async () => {
    const gzip = await get('/content/abc', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toContain(links(PRELOADS['/content/:id']));
    const plain = await get('/content/abc');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain(links(PRELOADS['/content/:id']));
  });

  it('links only hashed script assets, never markup from the list', async () => {
    const html = (await get('/login')).body;
    expect(html).toContain(links(['/assets/Login-1.js']));
    expect(html).not.toContain('alert(1)');
  });

  it('does not cache files outside the hashed assets for a year', async () => {
    const response = await get('/favicon.svg', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset with problem+json, not index.html', async () => {
    const response = await get('/assets/missing-0000.js', 'br');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
