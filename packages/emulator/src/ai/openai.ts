// A fake OpenAI API: GET /v1/models(/{id}), POST /v1/chat/completions (plain and streamed SSE) and
// POST /v1/embeddings, with OpenAI's response shapes and `{error:{message,type,param,code}}` errors.
// Like OpenAI it wants a bearer key on every call and refuses models it does not serve.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorState } from '../control.js';
import { BadJson, chunksOf, readJson, sendJson, startSse, writeSse } from '../http.js';
import { answerFor, promptText } from './content.js';
import { applyFault } from './faults.js';
import { embeddings } from './openai-embeddings.js';
import { invalidRequest, missingKey, modelNotFound, openAiError, openAiFaults } from './openai-errors.js';
import { findModel, serveModels } from './openai-models.js';

let sequence = 0;

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
  if (!body.model) return invalidRequest(res, "Missing required parameter: 'model'.", 'model', null);
  if (!Array.isArray(body.messages) || body.messages.length === 0)
    return invalidRequest(
      res,
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    );
  if (!findModel(body.model, 'chat')) return modelNotFound(res, body.model);
  const prompt = promptText(body.messages);
  const outcome = await applyFault(state.takeFault('openai'), res, prompt, openAiFaults);
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

/** `Authorization: Bearer <key>` with a non-empty key; the emulator accepts any key. */
const hasKey = (req: IncomingMessage) => /^Bearer\s+\S+/i.test(req.headers.authorization ?? '');

type PostRoute = (body: never, res: ServerResponse) => Promise<void>;

/** Serves the OpenAI origin; anything else answers OpenAI's "Invalid URL" 404. */
export async function handleOpenAi(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const routes: Record<string, PostRoute> = {
    '/v1/chat/completions': (body, r) => chatCompletions(state, body, r),
    '/v1/embeddings': (body, r) => embeddings(state, body, r),
  };
  const isModels = path === '/v1/models' || path.startsWith('/v1/models/');
  const route = req.method === 'POST' ? routes[path] : undefined;
  if (!(route || (req.method === 'GET' && isModels)))
    return openAiError(res, 404, 'invalid_request_error', `Invalid URL (${req.method} ${path})`, null);
  if (!route) {
    if (!hasKey(req)) return missingKey(res);
    serveModels(res, path);
    return;
  }
  // Logged before the key is judged: the log is what reached the vendor, refused or not.
  let body: unknown;
  let parsed = true;
  try {
    body = await readJson(req);
  } catch (error) {
    if (!(error instanceof BadJson)) throw error;
    parsed = false;
  }
  state.requests.push({ provider: 'openai', method: 'POST', path, body });
  if (!hasKey(req)) return missingKey(res);
  if (!parsed) return invalidRequest(res, 'We could not parse the JSON body of your request.', null, null);
  await route(body as never, res);
}
