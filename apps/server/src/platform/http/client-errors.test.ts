// Requests Node or Fastify refuse before any route runs (headers too large, a request line too long,
// a malformed request line, an undecodable URL) still answer problem+json. Sent over a raw TCP
// socket, because fetch and inject cannot produce such requests.
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.js';

let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  app = await createServer({ logLevel: 'silent', bodyLimit: 1024, trustProxy: false, corsOrigins: [] });
  app.get('/items/:id', async (request) => request.params);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => app.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `request` as it is and reads the answer until the server closes or ends it. */
function raw(request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset the connection after answering; what arrived is what counts.
      if (error.code !== 'ECONNRESET' || received === '') reject(error);
    });
    socket.on('close', () => resolve(parse(received)));
    socket.end(request, 'latin1');
  });
}

function parse(text: string): RawAnswer {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

function expectProblem(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(answer.body);
  expect(body).toMatchObject({ status, code, type: expect.stringMatching(/^urn:brandwright:problem:/) });
  expect(typeof body.detail).toBe('string');
  expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
}

describe('requests refused before routing', () => {
  it('headers over the size limit are a 431 problem', async () => {
    const answer = await raw(`GET /items/1 HTTP/1.1\r\nHost: a\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    expectProblem(answer, 431, 'HEADERS_TOO_LARGE');
  });

  it('a request line over the size limit is a 414 problem', async () => {
    const answer = await raw(`GET /items/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`);
    expectProblem(answer, 414, 'URI_TOO_LONG');
  });

  it('a malformed request line is a 400 problem', async () => {
    expectProblem(await raw('NOT A REQUEST\r\n\r\n'), 400, 'MALFORMED_REQUEST');
    expectProblem(await raw('GET /items/1 HTTP/1.1\r\nHost a\r\n\r\n'), 400, 'MALFORMED_REQUEST');
  });

  it('a path parameter that does not decode is a 400 problem', async () => {
    const answer = await raw('GET /items/%E0%A4%A HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    expectProblem(answer, 400, 'BAD_URL');
  });

  it('a well-formed request on the same server is still answered normally', async () => {
    const answer = await raw('GET /items/7 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ id: '7' });
  });
});
