// Small HTTP helpers for the emulator's handlers: JSON bodies, JSON answers and server-sent events.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class BadJson extends Error {}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BadJson('body is not JSON');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

export function startSse(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
}

/** Writes one SSE frame; `event` is set for Anthropic-style streams, omitted for OpenAI-style ones. */
export function writeSse(res: ServerResponse, data: unknown, event?: string): void {
  const line = typeof data === 'string' ? data : JSON.stringify(data);
  res.write(`${event ? `event: ${event}\n` : ''}data: ${line}\n\n`);
}

/** Splits text into the small pieces a model streams (about four words each). */
export function chunksOf(text: string): string[] {
  return text.match(/(\S+\s*){1,4}|\s+/g) ?? [text];
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
