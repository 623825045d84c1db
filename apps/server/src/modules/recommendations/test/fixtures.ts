// Shared by the recommendations integration tests: a strategy made through the API, content
// pieces, tracked posts with metrics written straight into analytics' table (in production the
// ingestion and import jobs write them), and a local server playing a public feed host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StoredStrategy } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { judgeAddress } from '../../../platform/net/index.js';
import { seniorAnswers } from '../../../test/brand-answers.js';
import { call, registerUser, type TestApp } from '../../../test/test-app.js';

export const DAY = 86_400_000;

/** The real policy, except that 127.0.0.1 counts as public so a local server can play a feed host. */
export const loopbackAsPublic = (address: string) =>
  address === '127.0.0.1' ? ({ allowed: true } as const) : judgeAddress(address);

/** Test DNS: *.feeds.test is the local server; internal.example a private address; others unknown. */
export async function resolveHost(hostname: string) {
  if (hostname.endsWith('feeds.test')) return [{ address: '127.0.0.1', family: 4 }];
  if (hostname === 'internal.example') return [{ address: '10.0.0.7', family: 4 }];
  throw Object.assign(new Error(`unknown ${hostname}`), { code: 'ENOTFOUND' });
}

export async function strategist(t: TestApp) {
  const user = await registerUser(t);
  const res = await call(t, user.accessToken, {
    method: 'POST',
    url: '/api/v1/brand/assessment',
    payload: { answers: seniorAnswers },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { user, strategy: (res.json().strategy as StoredStrategy).strategy };
}

export async function writePiece(t: TestApp, token: string, pillar: string, title: string) {
  const res = await call(t, token, {
    method: 'POST',
    url: '/api/v1/content',
    payload: { type: 'article', title, body: `<p>${title}: notes.</p>`, platforms: ['linkedin'], pillar },
  });
  expect(res.statusCode, res.body).toBe(201);
}

let seq = 0;
/** A LinkedIn post with `impressions` and `likes`, so its rate is likes ÷ impressions. */
export async function seedPost(
  t: TestApp,
  userId: string,
  post: { text: string; publishedAt: Date; likes: number; impressions?: number },
) {
  seq += 1;
  const latest = JSON.stringify({ impressions: post.impressions ?? 1000, likes: post.likes });
  await t.database.db.execute(sql`insert into analytics_posts
    (user_id, platform, platform_post_id, source, text, text_hash, published_at, latest, latest_at)
    values (${userId}, 'linkedin', ${`rec-${seq}`}, 'brandwright', ${post.text}, md5(${`${post.text}${seq}`}),
      ${post.publishedAt.toISOString()}, ${latest}::jsonb, now())`);
}

export const topics = (t: TestApp, token: string, count = 50) =>
  call(t, token, { method: 'GET', url: `/api/v1/recommendations/topics?count=${count}` });

export const feedback = (t: TestApp, token: string, id: string, action: string) =>
  call(t, token, {
    method: 'POST',
    url: `/api/v1/recommendations/topics/${id}/feedback`,
    payload: { action },
  });

export interface FeedServer {
  server: Server;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** Serves fixed documents by path; answers 304 to a matching If-None-Match. */
export async function feedServer(
  documents: Record<string, { type: string; body: string }>,
): Promise<FeedServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    // Conditional requests are marked, so a test can see the job sent its validators.
    hits.push(`${req.method} ${req.url}${req.headers['if-none-match'] ? ' (if-none-match)' : ''}`);
    const doc = documents[req.url ?? ''];
    if (!doc) return res.writeHead(404).end('not here');
    const etag = `"${Buffer.from(doc.body).length}"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': doc.type, etag }).end(doc.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return { server, port, hits, close: () => new Promise((done) => server.close(() => done())) };
}
