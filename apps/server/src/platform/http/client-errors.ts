// Answers for requests refused before any route runs, in the API's one error format. Node's HTTP
// parser rejects some requests itself (headers or request line too large, malformed request lines)
// and Fastify's router others (an undecodable URL, an over-long path parameter); by default both
// answer their own plain JSON.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from './problem.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Node hands over the bytes it was parsing as a Buffer; Fastify's type describes them as JSON. */
type ParserError = Pick<ConnectionError, 'code'> & { rawPacket?: unknown };

/** A request line this long is the URI's fault, not the headers' (Node's limit covers both). */
const LONG_REQUEST_LINE = 8 * 1024;

function requestLineTooLong(rawPacket: unknown): boolean {
  if (!Buffer.isBuffer(rawPacket)) return false;
  const end = rawPacket.indexOf('\r\n');
  return (end < 0 ? rawPacket.length : end) >= LONG_REQUEST_LINE;
}

export function clientErrorProblem(error: ParserError) {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return problem(408, 'REQUEST_TIMEOUT', 'The request did not arrive in time.');
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return requestLineTooLong(error.rawPacket)
      ? problem(414, 'URI_TOO_LONG', 'The request URI is longer than this server accepts.')
      : problem(431, 'HEADERS_TOO_LARGE', 'The request headers are larger than this server accepts.');
  return problem(400, 'MALFORMED_REQUEST', 'The request is not well-formed HTTP.');
}

/** Fastify's `clientErrorHandler`: writes the problem as a raw response, then closes the socket. */
export function answerClientError(error: ConnectionError, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const answer = clientErrorProblem(error);
    const body = JSON.stringify(answer);
    const status = answer.status;
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Client Error'}\r\n` +
        `Content-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify's `frameworkErrors`: router failures as problems instead of Fastify's own JSON. */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const body =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'URI_TOO_LONG', 'A path segment is longer than this server accepts.')
      : error.code === 'FST_ERR_BAD_URL'
        ? problem(400, 'BAD_URL', 'The request path does not decode as a URL.')
        : problem(400, 'BAD_REQUEST', 'The request could not be routed.');
  return reply.code(body.status).type(PROBLEM_TYPE).send(body);
}
