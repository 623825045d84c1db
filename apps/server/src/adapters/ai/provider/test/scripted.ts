// Test support: a loopback OpenAI-compatible chat-completions endpoint that answers with scripted
// replies in order (a text as the assistant's message, or an HTTP error status), and records the
// prompts it got. For answers the bundled emulator does not write, such as an insights summary.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedReply = { content: string } | { status: number };

export interface ScriptedModel {
  baseUrl: string;
  /** Replies for the next calls, in order; a call with none left answers 500. */
  script(...replies: ScriptedReply[]): void;
  /** The prompts (all messages' text) received so far. */
  readonly prompts: string[];
  close(): Promise<void>;
}

function completion(content: string) {
  return {
    id: 'chatcmpl-scripted',
    object: 'chat.completion',
    created: 1_800_000_000,
    model: 'scripted-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

export async function startScriptedModel(): Promise<ScriptedModel> {
  const queue: ScriptedReply[] = [];
  const prompts: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const messages = (JSON.parse(body || '{}') as { messages?: { content?: unknown }[] }).messages ?? [];
      prompts.push(messages.map((m) => String(m.content)).join('\n'));
      const reply = queue.shift() ?? { status: 500 };
      res.setHeader('content-type', 'application/json');
      if ('status' in reply) {
        res.statusCode = reply.status;
        res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
        return;
      }
      res.end(JSON.stringify(completion(reply.content)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    script: (...replies) => void queue.push(...replies),
    prompts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
