// The emulator's HTTP server: routes each request to the control API or a fake vendor. One server
// serves every vendor on loopback; tests start one per file on port 0.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleAnthropic } from './ai/anthropic.js';
import { handleOpenAi } from './ai/openai.js';
import { EmulatorState, handleControl } from './control.js';
import { BadJson, sendJson } from './http.js';
import { handleSocialControl } from './social/control.js';
import { persistState } from './social/persistence.js';
import { handleSocial } from './social/router.js';
import { seedSandboxClients } from './social/sandbox-clients.js';
import { SocialState } from './social/state.js';

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Keep the platforms' state (accounts, tokens, posts) in this JSON file across restarts. */
  stateFile?: string;
}

export interface Emulator {
  url: string;
  port: number;
  /** Base URL of the fake OpenAI-compatible API (…/v1). */
  openaiBaseUrl: string;
  /** Base URL of the fake Anthropic API (…/v1). */
  anthropicBaseUrl: string;
  state: EmulatorState;
  /** The emulated social platforms' state (accounts, tokens, posts, faults, clock). */
  social: SocialState;
  /** Base URL that stands in for a platform's hosts (`${url}/x` for x.com and api.x.com). */
  platformUrl(platform: 'linkedin' | 'x' | 'medium' | 'bluesky' | 'mastodon'): string;
  close(): Promise<void>;
}

type Handler = (
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) => Promise<boolean>;
const AI_HANDLERS: Handler[] = [handleControl, handleOpenAi, handleAnthropic];

async function route(
  state: EmulatorState,
  social: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', social.baseUrl);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (await handleSocialControl(social, req, res, path, url)) return;
  if (await handleSocial(social, req, res, path, url)) return;
  for (const handler of AI_HANDLERS) if (await handler(state, req, res, path)) return;
  sendJson(res, 404, {
    error: { message: `No emulated route for ${req.method} ${path}`, type: 'not_found', code: null },
  });
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState();
  const sockets = new Set<Socket>();
  let social: SocialState | undefined;
  const server = createServer((req, res) => {
    if (!social) return res.destroy();
    route(state, social, req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else if (error instanceof BadJson) sendJson(res, 400, { error: error.message });
      else sendJson(res, 500, { error: { message: String(error), type: 'emulator_error', code: null } });
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
  social = new SocialState(url);
  const persisted = options.stateFile ? persistState(social, options.stateFile) : undefined;
  seedSandboxClients(social);
  const platforms = social;
  state.onReset = () => {
    platforms.reset();
    seedSandboxClients(platforms);
  };
  return {
    url,
    port,
    openaiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: `${url}/v1`,
    state,
    social,
    platformUrl: (platform) => `${url}/${platform}`,
    close: () =>
      new Promise<void>((resolve) => {
        persisted?.flush();
        // Hanging "timeout" responses would keep close() waiting: end their sockets.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
