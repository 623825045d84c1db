// Anthropic's Messages API: POST /v1/messages, plain or streamed (message_start,
// content_block_start/delta/stop, message_delta, message_stop), and POST /v1/messages/count_tokens.
// Bodies are validated as Anthropic does; both count the same input tokens for the same prompt.
import type { ServerResponse } from 'node:http';
import type { EmulatorState } from '../control.js';
import { chunksOf, sendJson, startSse, writeSse } from '../http.js';
import { type AnthropicProblem, anthropicFaults, invalid } from './anthropic-errors.js';
import { findAnthropicModel } from './anthropic-models.js';
import { answerFor, promptText } from './content.js';
import { applyFault } from './faults.js';

export interface MessagesBody {
  model?: unknown;
  max_tokens?: unknown;
  system?: unknown;
  messages?: unknown;
  stream?: unknown;
}

let sequence = 0;

function messageProblem(messages: unknown): AnthropicProblem | undefined {
  if (!Array.isArray(messages)) return invalid('messages: Field required');
  if (messages.length === 0) return invalid('messages: at least one message is required');
  for (const [i, m] of messages.entries()) {
    const { role, content } = (m ?? {}) as { role?: unknown; content?: unknown };
    if (role !== 'user' && role !== 'assistant')
      return invalid(`messages.${i}.role: Input should be 'user' or 'assistant'`);
    if (typeof content !== 'string' && !Array.isArray(content))
      return invalid(`messages.${i}.content: Input should be a valid list`);
  }
  return undefined;
}

/** What Anthropic refuses in a body; `count` bodies (count_tokens) carry no max_tokens. */
export function bodyProblem(body: MessagesBody, count: boolean): AnthropicProblem | undefined {
  if (typeof body.model !== 'string') return invalid('model: Field required');
  if (!count) {
    if (body.max_tokens === undefined) return invalid('max_tokens: Field required');
    if (!Number.isInteger(body.max_tokens)) return invalid('max_tokens: Input should be a valid integer');
    if ((body.max_tokens as number) < 1)
      return invalid('max_tokens: Input should be greater than or equal to 1');
    if (body.stream !== undefined && typeof body.stream !== 'boolean')
      return invalid('stream: Input should be a valid boolean');
  }
  const problem = messageProblem(body.messages);
  if (problem) return problem;
  if (!findAnthropicModel(body.model)) return [404, 'not_found_error', `model: ${body.model}`];
  return undefined;
}

const tokensOf = (text: string) => Math.ceil(text.length / 4);

function streamMessage(res: ServerResponse, model: unknown, answer: string, inputTokens: number): void {
  startSse(res);
  const message = { id: `msg_emu_${++sequence}`, type: 'message', role: 'assistant', model, content: [] };
  const usage = { input_tokens: inputTokens, output_tokens: 1 };
  writeSse(
    res,
    { type: 'message_start', message: { ...message, stop_reason: null, stop_sequence: null, usage } },
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
      usage: { output_tokens: tokensOf(answer) },
    },
    'message_delta',
  );
  writeSse(res, { type: 'message_stop' }, 'message_stop');
  res.end();
}

/** POST /v1/messages with a body that passed bodyProblem. */
export async function messages(state: EmulatorState, body: MessagesBody, res: ServerResponse): Promise<void> {
  const prompt = promptText(body.messages, body.system);
  const outcome = await applyFault(state.takeFault('anthropic'), res, prompt, anthropicFaults);
  if (outcome.handled) return;
  const answer = outcome.answer ?? answerFor(prompt);
  if (body.stream) return streamMessage(res, body.model, answer, tokensOf(prompt));
  sendJson(res, 200, {
    id: `msg_emu_${++sequence}`,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: [{ type: 'text', text: answer }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: tokensOf(prompt), output_tokens: tokensOf(answer) },
  });
}

/** POST /v1/messages/count_tokens: the input tokens the same body would use in /v1/messages. */
export function countTokens(body: MessagesBody, res: ServerResponse): void {
  sendJson(res, 200, { input_tokens: tokensOf(promptText(body.messages, body.system)) });
}
