// The control API for the emulated platforms: what was published, injected faults, the clock, and
// generated avatars. Tests and demos drive it over HTTP like any client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJson, sendJson } from '../http.js';
import type { SocialState } from './state.js';
import { SOCIAL_FAULT_KINDS, SOCIAL_PLATFORMS, type SocialFault, type SocialPlatform } from './types.js';

export function isSocialPlatform(value: unknown): value is SocialPlatform {
  return SOCIAL_PLATFORMS.includes(value as SocialPlatform);
}

export function parseSocialFault(body: Record<string, unknown>): SocialFault | string {
  if (!SOCIAL_FAULT_KINDS.includes(body.kind as SocialFault['kind']))
    return `kind must be one of ${SOCIAL_FAULT_KINDS.join(', ')}`;
  const count = body.count === undefined ? 1 : Number(body.count);
  if (!Number.isInteger(count) || count < 1) return 'count must be a positive integer';
  const operation = body.operation ?? 'any';
  if (operation !== 'any' && operation !== 'publish') return 'operation must be "any" or "publish"';
  const retryAfterSeconds = body.retryAfterSeconds === undefined ? 60 : Number(body.retryAfterSeconds);
  if (!Number.isFinite(retryAfterSeconds) || retryAfterSeconds < 0) return 'retryAfterSeconds must be >= 0';
  const latencyMs = body.latencyMs === undefined ? 120_000 : Number(body.latencyMs);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) return 'latencyMs must be >= 0';
  const after = body.after === undefined ? 0 : Number(body.after);
  if (!Number.isInteger(after) || after < 0) return 'after must be a non-negative integer';
  return {
    kind: body.kind as SocialFault['kind'],
    remaining: count,
    operation,
    retryAfterSeconds,
    latencyMs,
    after,
  };
}

function avatarSvg(handle: string): string {
  const hue = [...handle].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  const initials =
    handle
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 2)
      .toUpperCase() || '?';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" rx="48" fill="hsl(${hue},55%,45%)"/><text x="48" y="58" font-family="sans-serif" font-size="36" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
}

function listPosts(state: SocialState, res: ServerResponse, url: URL): void {
  const platform = url.searchParams.get('platform') ?? undefined;
  if (platform !== undefined && !isSocialPlatform(platform)) {
    sendJson(res, 400, { error: `platform must be one of ${SOCIAL_PLATFORMS.join(', ')}` });
    return;
  }
  sendJson(res, 200, { posts: state.livePosts(platform, url.searchParams.get('account') ?? undefined) });
}

async function addFault(state: SocialState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = ((await readJson(req)) ?? {}) as Record<string, unknown>;
  const fault = isSocialPlatform(body.platform)
    ? parseSocialFault(body)
    : `platform must be one of ${SOCIAL_PLATFORMS.join(', ')} (AI faults: POST /__emulator/ai/faults)`;
  if (typeof fault === 'string') return sendJson(res, 400, { error: fault });
  state.addFault(body.platform as SocialPlatform, fault);
  sendJson(res, 201, { ok: true, platform: body.platform, ...fault });
}

async function clock(state: SocialState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'POST') {
    const seconds = Number(((await readJson(req)) as { advanceSeconds?: unknown }).advanceSeconds);
    if (!Number.isFinite(seconds)) return sendJson(res, 400, { error: 'advanceSeconds must be a number' });
    state.advanceClock(seconds);
  }
  sendJson(res, 200, { now: new Date(state.now()).toISOString(), offsetSeconds: state.clockOffsetMs / 1000 });
}

function avatar(res: ServerResponse, handle: string): void {
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  res.end(avatarSvg(decodeURIComponent(handle)));
}

/** Handles /__emulator/posts, /__emulator/faults (platforms), /__emulator/clock and avatars. */
export async function handleSocialControl(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
): Promise<boolean> {
  const avatarPath = /^\/__emulator\/avatar\/[a-z]+\/(.+)\.svg$/.exec(path);
  if (req.method === 'GET' && path === '/__emulator/posts') listPosts(state, res, url);
  else if (req.method === 'POST' && path === '/__emulator/faults') await addFault(state, req, res);
  else if (path === '/__emulator/clock') await clock(state, req, res);
  else if (req.method === 'GET' && avatarPath) avatar(res, avatarPath[1] ?? '');
  else return false;
  return true;
}
