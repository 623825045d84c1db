// Turns a stored user into the public `User` shape of the contracts.
import type { User } from '@brandwright/contracts';
import type { UserRecord } from './users.repository.js';

export function presentUser(record: UserRecord): User {
  return {
    id: record.id,
    email: record.email,
    role: record.role,
    subscriptionTier: record.subscriptionTier,
    profile: { ...record.profile },
    createdAt: record.createdAt.toISOString(),
  };
}
