// The emulator's HTTP server: routes each request to the control API or a fake vendor. One server
// serves every vendor on loopback; tests start one per file on port 0.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleAnthropic } from './ai/anthropic.js';
import { handleOpenAi } from './ai/openai.js';
import { EmulatorState, handleControl } from './control.js';
import { sendJson } from './http.js';

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface Emulator {
  url: string;
  port: number;
  /** Base URL of the fake OpenAI-compatible API (…/v1). */
  openaiBaseUrl: string;
  /** Base URL of the fake Anthropic API (…/v1). */
  anthropicBaseUrl: string;
  state: EmulatorState;
  close(): Promise<void>;
}

type Handler = (
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) => Promise<boolean>;
const HANDLERS: Handler[] = [handleControl, handleOpenAi, handleAnthropic];

async function route(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://emulator').pathname.replace(/\/+$/, '') || '/';
  for (const handler of HANDLERS) if (await handler(state, req, res, path)) return;
  sendJson(res, 404, {
    error: { message: `No emulated route for ${req.method} ${path}`, type: 'not_found', code: null },
  });
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    route(state, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { error: { message: String(error), type: 'emulator_error', code: null } });
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  const url = `http://${host}:${port}`;
  return {
    url,
    port,
    openaiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: `${url}/v1`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging "timeout" responses would keep close() waiting: end their sockets.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
