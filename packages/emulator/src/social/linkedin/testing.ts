// Helpers for LinkedIn wire tests: a member token through the real OAuth flow (consent with
// ?auto=1, code exchange), and /rest calls with the headers LinkedIn requires on every call.
import type { Emulator } from '../../server.js';
import { SANDBOX_CLIENT } from '../sandbox-clients.js';

export interface Member {
  token: string;
  /** `urn:li:person:{id}`. */
  urn: string;
}

/** A LinkedIn-Version that is active now (last month's). */
export function activeVersion(): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${month.getUTCFullYear()}${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

export async function connectMember(emulator: Emulator, handle: string, scopes: string[]): Promise<Member> {
  const li = emulator.vendors.linkedin.base;
  const authorize = new URL(`${li}/oauth/v2/authorization`);
  const params = {
    response_type: 'code',
    client_id: SANDBOX_CLIENT.clientId,
    redirect_uri: 'http://127.0.0.1/cb',
    scope: scopes.join(' '),
    auto: '1',
    login_hint: handle,
  };
  for (const [key, value] of Object.entries(params)) authorize.searchParams.set(key, value);
  const location = (await fetch(authorize, { redirect: 'manual' })).headers.get('location') ?? '';
  const answer = await fetch(`${li}/oauth/v2/accessToken`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: new URL(location).searchParams.get('code') ?? '',
      redirect_uri: params.redirect_uri,
      client_id: SANDBOX_CLIENT.clientId,
      client_secret: SANDBOX_CLIENT.clientSecret,
    }),
  });
  const { access_token } = (await answer.json()) as { access_token: string };
  return { token: access_token, urn: `urn:li:person:${emulator.social.account('linkedin', handle).id}` };
}

/** A /rest call as LinkedIn documents it: bearer token, LinkedIn-Version, Rest.li 2.0.0. */
export function restCall(emulator: Emulator, member: Member, path: string, init: RequestInit = {}) {
  return fetch(`${emulator.vendors.linkedin.base}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${member.token}`,
      'linkedin-version': activeVersion(),
      'x-restli-protocol-version': '2.0.0',
      'content-type': 'application/json',
      ...(init.headers as Record<string, string> | undefined),
    },
  });
}

/** Creates a text post and answers its URN (from x-restli-id). */
export async function createPost(emulator: Emulator, member: Member, commentary: string): Promise<string> {
  const created = await restCall(emulator, member, '/rest/posts', {
    method: 'POST',
    body: JSON.stringify({
      author: member.urn,
      commentary,
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    }),
  });
  if (created.status !== 201)
    throw new Error(`create post answered ${created.status}: ${await created.text()}`);
  return created.headers.get('x-restli-id') ?? '';
}

/**
 * Moves the emulator's clock to the next Wednesday, 08:30 UTC: the engagement model depends on the
 * hour and weekday a post goes out, and tests that count comments must not depend on the wall clock.
 */
export function toBusyMorning(emulator: Emulator): void {
  const now = emulator.social.now();
  const day = new Date(now);
  day.setUTCHours(8, 30, 0, 0);
  const daysAhead = (3 - day.getUTCDay() + 7) % 7 || (day.getTime() <= now ? 7 : 0);
  emulator.social.advanceClock((day.getTime() + daysAhead * 86_400_000 - now) / 1000);
}
