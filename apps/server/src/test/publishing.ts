// Helpers for the publishing suites: connect sandbox platforms, write pieces, schedule them, wait
// for items to settle, and read what the emulator received.
import type { ScheduledItem } from '@brandwright/contracts';
import { expect } from 'vitest';
import { connect, connectViaOAuth, emulatorControl } from './platforms.js';
import { call, type TestApp } from './test-app.js';

export const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';

/** Connects a sandbox platform the quickest way it allows. */
export async function connectSandbox(t: TestApp, token: string, platform: string): Promise<void> {
  if (platform === 'bluesky') {
    const res = await connect(t, token, 'bluesky', {
      handle: `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.bsky.social`,
      appPassword: APP_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(201);
  } else if (platform === 'medium') {
    const res = await connect(t, token, 'medium', {
      integrationToken: `sandbox-${Math.random().toString(36).slice(2)}`,
    });
    expect(res.statusCode, res.body).toBe(201);
  } else {
    const body: Record<string, string> = platform === 'mastodon' ? { instanceUrl: 'mastodon.social' } : {};
    await connectViaOAuth(t, token, platform, body);
  }
}

export async function createPiece(
  t: TestApp,
  token: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await call(t, token, {
    method: 'POST',
    url: '/api/v1/content',
    payload: { type: 'post', body, platforms: ['x'], ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export function publish(
  t: TestApp,
  token: string,
  contentId: string,
  payload: object,
  headers: Record<string, string> = {},
) {
  return call(t, token, { method: 'POST', url: `/api/v1/content/${contentId}/publish`, payload, headers });
}

export async function item(t: TestApp, token: string, id: string): Promise<ScheduledItem> {
  const res = await call(t, token, { method: 'GET', url: `/api/v1/schedule/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const SETTLED = new Set(['published', 'failed', 'needs_attention', 'cancelled', 'missed']);

/** Polls the item until it reaches a final status (the worker runs in the app's process). */
export async function settled(
  t: TestApp,
  token: string,
  id: string,
  timeoutMs = 20_000,
): Promise<ScheduledItem> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const current = await item(t, token, id);
    if (SETTLED.has(current.status)) return current;
    if (Date.now() > until)
      throw new Error(`item ${id} still ${current.status}: ${JSON.stringify(current.problem)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface EmulatedPostView {
  id: string;
  text: string;
  replyToId?: string;
  platform: string;
}

export async function emulatedPosts(t: TestApp, platform: string): Promise<EmulatedPostView[]> {
  const result = (await emulatorControl(t, `posts?platform=${platform}`)) as { posts: EmulatedPostView[] };
  return result.posts;
}

export const fault = (t: TestApp, body: object) => emulatorControl(t, 'faults', body);
