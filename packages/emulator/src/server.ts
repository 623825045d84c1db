// The emulator's HTTP servers: one control server (faults, clock, posts, reset, vendors) and one
// server per vendor on its own loopback origin, so vendor SDKs need only a base URL. Tests start one
// emulator per file with port 0 (every server on a free port).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleAnthropic } from './ai/anthropic.js';
import { handleOpenAi } from './ai/openai.js';
import { EmulatorState, handleControl } from './control.js';
import { BadJson, readJson, sendJson } from './http.js';
import { handleSocialControl } from './social/control.js';
import { persistState } from './social/persistence.js';
import { handleSocial } from './social/router.js';
import { seedSandboxClients } from './social/sandbox-clients.js';
import { SocialState } from './social/state.js';
import { VENDORS, type Vendor, type VendorOrigins, vendorOrigins, vendorPort } from './vendors.js';

export interface EmulatorOptions {
  /** The control port; vendors take the next seven (see vendorPort). 0 picks free ports for all. */
  port?: number;
  host?: string;
  /** Keep the platforms' state (accounts, tokens, posts) in this JSON file across restarts. */
  stateFile?: string;
}

export interface Emulator {
  /** The control URL (EMULATOR_URL): /__emulator/… */
  url: string;
  port: number;
  /** Each vendor's origin, as GET /__emulator/vendors answers them. */
  vendors: VendorOrigins;
  /** Base URL of the fake OpenAI-compatible API (…/v1). */
  openaiBaseUrl: string;
  /** Base URL of the fake Anthropic API (…/v1). */
  anthropicBaseUrl: string;
  state: EmulatorState;
  /** The emulated social platforms' state (accounts, tokens, posts, faults, clock). */
  social: SocialState;
  /** The origin standing in for a platform's hosts (the x origin for x.com and api.x.com). */
  platformUrl(platform: 'linkedin' | 'x' | 'medium' | 'bluesky' | 'mastodon'): string;
  /**
   * Starts another Mastodon instance on a port of its own (the emulator names instances by host) and
   * answers its origin. Control: `POST /__emulator/mastodon/instances` → `{base}`; an instance's
   * status limit (500 by default) is set with `POST /__emulator/mastodon/limit {base, maxCharacters}`.
   */
  mastodonInstance(): Promise<string>;
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, path: string, url: URL) => Promise<void>;

function notFound(res: ServerResponse, req: IncomingMessage, path: string): void {
  sendJson(res, 404, {
    error: { message: `No emulated route for ${req.method} ${path}`, type: 'not_found', code: null },
  });
}

type InstanceStarter = Emulator['mastodonInstance'];

async function setMastodonLimit(social: SocialState, req: IncomingMessage, res: ServerResponse) {
  const { base, maxCharacters } = (await readJson(req)) as { base?: unknown; maxCharacters?: unknown };
  if (typeof base !== 'string' || !URL.canParse(base))
    return sendJson(res, 400, { error: 'base must be the instance origin' });
  if (!Number.isInteger(maxCharacters) || (maxCharacters as number) < 1)
    return sendJson(res, 400, { error: 'maxCharacters must be a positive integer' });
  social.mastodonLimits.set(new URL(base).host, maxCharacters as number);
  sendJson(res, 200, { base, maxCharacters });
}

function controlRoute(
  state: EmulatorState,
  social: SocialState,
  origins: VendorOrigins,
  start: InstanceStarter,
): Route {
  return async (req, res, path, url) => {
    if (req.method === 'GET' && path === '/__emulator/vendors') return sendJson(res, 200, origins);
    if (req.method === 'POST' && path === '/__emulator/mastodon/instances')
      return sendJson(res, 201, { base: await start() });
    if (req.method === 'POST' && path === '/__emulator/mastodon/limit')
      return setMastodonLimit(social, req, res);
    if (await handleSocialControl(social, req, res, path, url)) return;
    if (await handleControl(state, req, res, path)) return;
    notFound(res, req, path);
  };
}

function vendorRoute(vendor: Vendor, state: EmulatorState, social: SocialState): Route {
  if (vendor === 'openai') return (req, res, path) => handleOpenAi(state, req, res, path);
  if (vendor === 'anthropic') return (req, res, path) => handleAnthropic(state, req, res, path);
  return (req, res, path, url) => handleSocial(vendor, social, req, res, path, url);
}

/** A server that parses the path once and turns a thrown error into an answer. */
function serve(sockets: Set<Socket>, route: () => Route | undefined): Server {
  const server = createServer((req, res) => {
    const handler = route();
    if (!handler) return res.destroy();
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    handler(req, res, path, url).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else if (error instanceof BadJson) sendJson(res, 400, { error: error.message });
      else sendJson(res, 500, { error: { message: String(error), type: 'emulator_error', code: null } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return server;
}

async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return `http://${host}:${(server.address() as { port: number }).port}`;
}

async function closeAll(servers: Server[], sockets: Set<Socket>): Promise<void> {
  // Hanging "timeout" responses would keep close() waiting: end their sockets.
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
}

/** Starts the control server and every vendor's; all or none (a busy port closes the others). */
async function listenAll(servers: Map<Vendor | 'control', Server>, port: number, host: string) {
  const urls = new Map<Vendor | 'control', string>();
  try {
    for (const [name, server] of servers)
      urls.set(name, await listen(server, name === 'control' ? port : vendorPort(port, name), host));
  } catch (error) {
    await closeAll(
      [...servers.values()].filter((s) => s.listening),
      new Set(),
    );
    throw error;
  }
  return urls;
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = new EmulatorState();
  const sockets = new Set<Socket>();
  const routes = new Map<Vendor | 'control', Route>();
  const servers = new Map<Vendor | 'control', Server>();
  for (const name of ['control', ...VENDORS] as const)
    servers.set(
      name,
      serve(sockets, () => routes.get(name)),
    );
  const urls = await listenAll(servers, options.port ?? 0, options.host ?? '127.0.0.1');
  const url = urls.get('control') ?? '';
  const origins = vendorOrigins(Object.fromEntries(VENDORS.map((v) => [v, urls.get(v) ?? ''])) as never);
  const social = new SocialState(url, Object.fromEntries(VENDORS.map((v) => [v, origins[v].base])));
  const persisted = options.stateFile ? persistState(social, options.stateFile) : undefined;
  seedSandboxClients(social);
  state.onReset = () => {
    social.reset();
    seedSandboxClients(social);
  };
  const extra: Server[] = [];
  const mastodonInstance: InstanceStarter = async () => {
    const server = serve(sockets, () => vendorRoute('mastodon', state, social));
    extra.push(server);
    return listen(server, 0, options.host ?? '127.0.0.1');
  };
  routes.set('control', controlRoute(state, social, origins, mastodonInstance));
  for (const vendor of VENDORS) routes.set(vendor, vendorRoute(vendor, state, social));
  return {
    url,
    port: Number(new URL(url).port),
    vendors: origins,
    openaiBaseUrl: `${origins.openai.base}/v1`,
    anthropicBaseUrl: `${origins.anthropic.base}/v1`,
    state,
    social,
    platformUrl: (platform) => origins[platform].base,
    mastodonInstance,
    close: async () => {
      persisted?.flush();
      await closeAll([...servers.values(), ...extra], sockets);
    },
  };
}
