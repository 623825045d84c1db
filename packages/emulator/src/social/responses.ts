// Request and response helpers for the emulated platforms: forms, raw bodies, multipart via the
// web Request API, redirects, HTML, empty answers, and "hang then drop" for timeouts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { sleep } from '../http.js';

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** application/x-www-form-urlencoded (or JSON, which Mastodon also accepts) as URLSearchParams. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const text = (await readRaw(req)).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    return new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)]));
  }
  return new URLSearchParams(text);
}

/** Parses multipart/form-data with the platform's own (undici) parser. */
export async function readMultipart(req: IncomingMessage, url: URL): Promise<FormData> {
  const request = new Request(url, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  return request.formData();
}

export function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': '0', ...headers });
  res.end();
}

/** The `timeout` fault after the request was applied: hold the answer, then drop the connection. */
export async function hangThenDrop(res: ServerResponse, ms: number): Promise<void> {
  await Promise.race([sleep(ms), new Promise((resolve) => res.once('close', resolve))]);
  res.destroy();
}
