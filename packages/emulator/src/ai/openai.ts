// A fake OpenAI-compatible API: GET /v1/models, POST /v1/chat/completions (plain and streamed SSE)
// and POST /v1/embeddings, with OpenAI's response shapes and `{error:{message,type,code}}` errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from '../control.js';
import { BadJson, chunksOf, readJson, sendJson, startSse, writeSse } from '../http.js';
import { answerFor, promptText } from './content.js';
import { fakeEmbedding } from './embedding.js';
import { applyFault, type VendorErrors } from './faults.js';

const MODELS = ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small'];
let sequence = 0;

function openAiError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  code: string | null,
  headers = {},
) {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

const errors: VendorErrors = {
  rateLimited: (res, seconds) =>
    openAiError(
      res,
      429,
      'requests',
      'Rate limit reached for requests. Please try again later.',
      'rate_limit_exceeded',
      {
        'retry-after': String(seconds),
        'retry-after-ms': String(seconds * 1000),
      },
    ),
  serverError: (res) =>
    openAiError(
      res,
      500,
      'server_error',
      'The server had an error while processing your request. Sorry about that!',
      null,
    ),
};

interface ChatBody {
  model?: string;
  messages?: unknown;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
}

function usage(prompt: string, answer: string) {
  const prompt_tokens = Math.ceil(prompt.length / 4);
  const completion_tokens = Math.ceil(answer.length / 4);
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

function streamChat(res: ServerResponse, body: ChatBody, answer: string, prompt: string): void {
  const base = {
    id: `chatcmpl-emu-${++sequence}`,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
  };
  startSse(res);
  writeSse(res, {
    ...base,
    choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
  });
  for (const piece of chunksOf(answer))
    writeSse(res, { ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
  writeSse(res, { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
  if (body.stream_options?.include_usage)
    writeSse(res, { ...base, choices: [], usage: usage(prompt, answer) });
  writeSse(res, '[DONE]');
  res.end();
}

async function chatCompletions(state: EmulatorState, body: ChatBody, res: ServerResponse): Promise<void> {
  if (!body.model || !Array.isArray(body.messages) || body.messages.length === 0) {
    openAiError(
      res,
      400,
      'invalid_request_error',
      "Missing required parameter: 'model' or 'messages'.",
      null,
    );
    return;
  }
  const prompt = promptText(body.messages);
  const outcome = await applyFault(state.takeFault('openai'), res, prompt, errors);
  if (outcome.handled) return;
  const answer = outcome.answer ?? answerFor(prompt);
  if (body.stream) return streamChat(res, body, answer, prompt);
  sendJson(res, 200, {
    id: `chatcmpl-emu-${++sequence}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [
      { index: 0, message: { role: 'assistant', content: answer }, logprobs: null, finish_reason: 'stop' },
    ],
    usage: usage(prompt, answer),
  });
}

async function embeddings(
  state: EmulatorState,
  body: Record<string, unknown>,
  res: ServerResponse,
): Promise<void> {
  const inputs = typeof body.input === 'string' ? [body.input] : body.input;
  if (!body.model || !Array.isArray(inputs) || inputs.some((i) => typeof i !== 'string')) {
    openAiError(res, 400, 'invalid_request_error', "'input' must be a string or an array of strings.", null);
    return;
  }
  const outcome = await applyFault(state.takeFault('openai'), res, '', errors);
  if (outcome.handled) return;
  const dimensions = Number(body.dimensions ?? 1536);
  sendJson(res, 200, {
    object: 'list',
    data: (inputs as string[]).map((text, index) => ({
      object: 'embedding',
      index,
      embedding: fakeEmbedding(text, dimensions),
    })),
    model: body.model,
    usage: { prompt_tokens: inputs.length * 8, total_tokens: inputs.length * 8 },
  });
}

/** Serves the OpenAI origin: /v1/models, /v1/chat/completions and /v1/embeddings. */
export async function handleOpenAi(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (req.method === 'GET' && path === '/v1/models') {
    sendJson(res, 200, {
      object: 'list',
      data: MODELS.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'emulator' })),
    });
    return;
  }
  const routes: Record<string, (body: never, res: ServerResponse) => Promise<void>> = {
    '/v1/chat/completions': (body, r) => chatCompletions(state, body, r),
    '/v1/embeddings': (body, r) => embeddings(state, body, r),
  };
  const route = req.method === 'POST' ? routes[path] : undefined;
  if (!route)
    return openAiError(res, 404, 'invalid_request_error', `Invalid URL (${req.method} ${path})`, null);
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (error) {
    if (!(error instanceof BadJson)) throw error;
    openAiError(res, 400, 'invalid_request_error', 'We could not parse the JSON body of your request.', null);
    return;
  }
  state.requests.push({ provider: 'openai', method: 'POST', path, body });
  await route(body as never, res);
}
