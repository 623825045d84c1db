// What every Bluesky call shares: HTTP settings, where the account's PDS is, and the account's
// handle for post URLs (kept in memory per DID; looked up with getSession when not yet known).
import { z } from 'zod';
import type { HttpSettings } from '../http.js';
import type { Session } from '../port.js';
import { xrpcRaw } from './xrpc.js';

export interface BlueskyContext {
  settings: HttpSettings;
  serviceUrl: string;
  /** Where people read posts (https://bsky.app). */
  appUrl: string;
  /** DID → handle, learnt from sessions and profiles. */
  handles: Map<string, string>;
}

const sessionSchema = z.object({ handle: z.string() });

export function baseOf(ctx: BlueskyContext, session: Session): string {
  return (session.account.serverUrl ?? ctx.serviceUrl).replace(/\/+$/, '');
}

const MAX_REMEMBERED = 10_000;

export function rememberHandle(ctx: BlueskyContext, did: string, handle: string): void {
  if (ctx.handles.size >= MAX_REMEMBERED) ctx.handles.clear();
  if (handle && handle !== 'handle.invalid') ctx.handles.set(did, handle);
}

/** The post's public URL; falls back to the DID (which bsky.app also accepts) if the handle is unknown. */
export async function postUrl(ctx: BlueskyContext, session: Session, rkey: string): Promise<string> {
  const did = session.account.id;
  if (!ctx.handles.has(did)) {
    const result = await xrpcRaw(ctx.settings, baseOf(ctx, session), {
      nsid: 'com.atproto.server.getSession',
      method: 'GET',
      token: session.accessToken,
      effect: 'read',
    }).catch(() => undefined);
    const parsed = result?.ok ? sessionSchema.safeParse(result.body) : undefined;
    if (parsed?.success) rememberHandle(ctx, did, parsed.data.handle);
  }
  const actor = ctx.handles.get(did) ?? did;
  return `${ctx.appUrl}/profile/${actor}/post/${rkey}`;
}
