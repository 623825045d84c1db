// Calls on the signed-in user's platform connections: the list, connecting (OAuth platforms answer
// where to send the browser; Bluesky and Medium connect at once) and disconnecting.
import {
  authorizationRedirectSchema,
  type ConnectPlatformBody,
  type Platform,
  type PlatformConnection,
  platformConnectionListSchema,
  platformConnectionSchema,
} from '@brandwright/contracts';
import { authedJson, authedSend } from './client';
import { readJson } from './http';

export type ConnectOutcome =
  | { kind: 'authorize'; authorizationUrl: string }
  | { kind: 'connected'; connection: PlatformConnection };

export async function fetchPlatforms(signal?: AbortSignal): Promise<PlatformConnection[]> {
  return (await authedJson('/platforms', platformConnectionListSchema, { signal })).items;
}

/** 200 {authorizationUrl} for OAuth platforms, 201 with the connection for direct ones. */
export async function connectPlatform(
  platform: Platform,
  body: ConnectPlatformBody,
): Promise<ConnectOutcome> {
  const response = await authedSend(`/platforms/${platform}/connect`, { method: 'POST', body });
  if (response.status === 201)
    return { kind: 'connected', connection: await readJson(response, platformConnectionSchema) };
  const { authorizationUrl } = await readJson(response, authorizationRedirectSchema);
  return { kind: 'authorize', authorizationUrl };
}

/** Succeeds also when the platform was not connected (a retry after a lost answer). */
export async function disconnectPlatform(platform: Platform): Promise<void> {
  await authedSend(`/platforms/${platform}/disconnect`, { method: 'DELETE' });
}
