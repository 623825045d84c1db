// A fake Anthropic Messages API: POST /v1/messages, plain or streamed (message_start,
// content_block_start/delta/stop, message_delta, message_stop), with Anthropic's
// `{type:'error', error:{type,message}}` errors and its x-api-key / anthropic-version headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from '../control.js';
import { BadJson, chunksOf, readJson, sendJson, startSse, writeSse } from '../http.js';
import { answerFor, promptText } from './content.js';
import { applyFault, type VendorErrors } from './faults.js';

let sequence = 0;

function anthropicError(res: ServerResponse, status: number, type: string, message: string, headers = {}) {
  sendJson(
    res,
    status,
    { type: 'error', error: { type, message } },
    { 'request-id': `req_emu_${++sequence}`, ...headers },
  );
}

const errors: VendorErrors = {
  rateLimited: (res, seconds) =>
    anthropicError(res, 429, 'rate_limit_error', 'Number of requests has exceeded your rate limit.', {
      'retry-after': String(seconds),
    }),
  serverError: (res) => anthropicError(res, 500, 'api_error', 'Internal server error'),
};

interface MessagesBody {
  model?: string;
  max_tokens?: number;
  system?: unknown;
  messages?: unknown;
  stream?: boolean;
}

function streamMessage(res: ServerResponse, body: MessagesBody, answer: string, inputTokens: number): void {
  const outputTokens = Math.ceil(answer.length / 4);
  startSse(res);
  writeSse(
    res,
    {
      type: 'message_start',
      message: {
        id: `msg_emu_${++sequence}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: inputTokens, output_tokens: 1 },
      },
    },
    'message_start',
  );
  writeSse(
    res,
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    'content_block_start',
  );
  writeSse(res, { type: 'ping' }, 'ping');
  for (const text of chunksOf(answer))
    writeSse(
      res,
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } },
      'content_block_delta',
    );
  writeSse(res, { type: 'content_block_stop', index: 0 }, 'content_block_stop');
  writeSse(
    res,
    {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: outputTokens },
    },
    'message_delta',
  );
  writeSse(res, { type: 'message_stop' }, 'message_stop');
  res.end();
}

function problemWith(req: IncomingMessage, body: MessagesBody): [number, string, string] | undefined {
  if (!req.headers['x-api-key'] && !req.headers.authorization)
    return [401, 'authentication_error', 'x-api-key header is required'];
  if (!req.headers['anthropic-version'])
    return [400, 'invalid_request_error', 'anthropic-version header is required'];
  if (!body.model) return [400, 'invalid_request_error', 'model: Field required'];
  if (typeof body.max_tokens !== 'number')
    return [400, 'invalid_request_error', 'max_tokens: Field required'];
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    return [400, 'invalid_request_error', 'messages: at least one message is required'];
  return undefined;
}

async function messages(state: EmulatorState, req: IncomingMessage, body: MessagesBody, res: ServerResponse) {
  const problem = problemWith(req, body);
  if (problem) return anthropicError(res, ...problem);
  const prompt = promptText(body.messages, body.system);
  const outcome = await applyFault(state.takeFault('anthropic'), res, prompt, errors);
  if (outcome.handled) return;
  const answer = outcome.answer ?? answerFor(prompt);
  const inputTokens = Math.ceil(prompt.length / 4);
  if (body.stream) return streamMessage(res, body, answer, inputTokens);
  sendJson(res, 200, {
    id: `msg_emu_${++sequence}`,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: [{ type: 'text', text: answer }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: inputTokens, output_tokens: Math.ceil(answer.length / 4) },
  });
}

/** Serves the Anthropic origin: POST /v1/messages; anything else answers Anthropic's 404. */
export async function handleAnthropic(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (req.method !== 'POST' || path !== '/v1/messages')
    return anthropicError(res, 404, 'not_found_error', 'Not Found');
  let body: MessagesBody;
  try {
    body = (await readJson(req)) as MessagesBody;
  } catch (error) {
    if (!(error instanceof BadJson)) throw error;
    anthropicError(
      res,
      400,
      'invalid_request_error',
      'There was an issue with the format of your request: invalid JSON',
    );
    return;
  }
  state.requests.push({ provider: 'anthropic', method: 'POST', path, body });
  await messages(state, req, body, res);
}
