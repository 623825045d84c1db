// Calls on the signed-in user's own account (/users/me).
import { type UpdateProfileInput, type User, userSchema } from '@brandwright/contracts';
import { authedJson, authedSend } from './client';

export function fetchMe(signal?: AbortSignal): Promise<User> {
  return authedJson('/users/me', userSchema, { signal });
}

export function updateMe(input: UpdateProfileInput): Promise<User> {
  return authedJson('/users/me', userSchema, { method: 'PATCH', body: input });
}

export async function deleteMe(): Promise<void> {
  await authedSend('/users/me', { method: 'DELETE' });
}
