// The sandbox account a Brandwright user gets on each emulated platform: a stable handle from their
// email's local part plus a short hash of their id, so two users named "ada" never share an account.
import { createHash } from 'node:crypto';

/** Matches the emulator's consent page pattern [A-Za-z0-9._-]{1,40}. */
export function sandboxHandle(email: string, userId: string): string {
  const local =
    (email.split('@')[0] ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-._]+|[-._]+$/g, '')
      .slice(0, 30) || 'user';
  const suffix = createHash('sha256').update(userId).digest('hex').slice(0, 6);
  return `${local}-${suffix}`;
}
