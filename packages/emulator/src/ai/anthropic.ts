// The fake Anthropic origin: /v1/messages, /v1/messages/count_tokens, /v1/models(/{id}). Every
// answer carries a request-id header and every refusal Anthropic's error shape: 404 for unknown
// paths, 405 for a wrong method, 401 without x-api-key, 400 for bad headers or bodies, 413 over 32 MB.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from '../control.js';
import { type AnthropicProblem, anthropicError, invalid } from './anthropic-errors.js';
import { bodyProblem, countTokens, type MessagesBody, messages } from './anthropic-messages.js';
import { modelsAnswer } from './anthropic-models.js';

/** Anthropic's documented request size limit for the Messages API. */
const MAX_REQUEST_BYTES = 32 * 1024 * 1024;
let sequence = 0;

/** Which route a path is, and the method it takes. */
function routeOf(
  path: string,
): { method: 'GET' | 'POST'; name: 'messages' | 'count' | 'models' } | undefined {
  if (path === '/v1/messages') return { method: 'POST', name: 'messages' };
  if (path === '/v1/messages/count_tokens') return { method: 'POST', name: 'count' };
  if (path === '/v1/models' || /^\/v1\/models\/[^/]+$/.test(path)) return { method: 'GET', name: 'models' };
  return undefined;
}

function headerProblem(req: IncomingMessage): AnthropicProblem | undefined {
  if (!req.headers['x-api-key'] && !req.headers.authorization)
    return [401, 'authentication_error', 'x-api-key header is required'];
  if (!req.headers['anthropic-version']) return invalid('anthropic-version: header is required');
  return undefined;
}

/** Reads the body without holding more than the limit; over it, the answer is a 413. */
async function readBody(req: IncomingMessage): Promise<MessagesBody | AnthropicProblem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_REQUEST_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_REQUEST_BYTES)
    return [413, 'request_too_large', 'Request exceeds the maximum allowed number of bytes.'];
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as MessagesBody;
  } catch {
    // answered below
  }
  return invalid('There was an issue with the format of your request: invalid JSON');
}

/** A POST route: the body is read (and logged, refused or not) before the headers are judged. */
async function post(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  count: boolean,
  path: string,
) {
  const body = await readBody(req);
  const logged = Array.isArray(body) ? undefined : body;
  state.requests.push({ provider: 'anthropic', method: 'POST', path, body: logged });
  const refused = headerProblem(req) ?? (Array.isArray(body) ? (body as AnthropicProblem) : undefined);
  if (refused) return anthropicError(res, ...refused);
  const invalidBody = bodyProblem(body as MessagesBody, count);
  if (invalidBody) return anthropicError(res, ...invalidBody);
  if (count) return countTokens(body as MessagesBody, res);
  await messages(state, body as MessagesBody, res);
}

/** Serves the Anthropic origin. */
export async function handleAnthropic(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  res.setHeader('request-id', `req_emu_${String(++sequence).padStart(6, '0')}`);
  const route = routeOf(path);
  if (!route) return anthropicError(res, 404, 'not_found_error', 'Not Found');
  // ⚠ Anthropic documents no body for 405; its envelope with the generic request type is assumed.
  if (req.method !== route.method)
    return anthropicError(res, 405, 'invalid_request_error', 'Method Not Allowed', { allow: route.method });
  if (route.name !== 'models') return post(state, req, res, route.name === 'count', path);
  const refused =
    headerProblem(req) ?? modelsAnswer(path, new URL(req.url ?? '/', 'http://emulator').searchParams, res);
  if (refused) anthropicError(res, ...refused);
}
