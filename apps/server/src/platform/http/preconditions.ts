// HTTP preconditions shared by versioned resources: the ETag ("v<version>"), If-Match parsing, and
// the Idempotency-Key header that makes a retried POST return the first result.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../errors/index.js';

export const etag = (version: number) => `"v${version}"`;

export function withEtag<T extends { version: number }>(reply: FastifyReply, stored: T): T {
  reply.header('etag', etag(stored.version));
  return stored;
}

/** Accepts `"v3"`, `W/"v3"`, `"3"` or `3` (the bare version); anything else names the header. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^(?:W\/)?"?v?(\d{1,9})"?$/.exec(header.trim());
  if (!match?.[1]) {
    throw new DomainError(
      'invalid',
      'INVALID_IF_MATCH',
      'If-Match must be the ETag you last read, such as "v3".',
      {
        fields: [{ path: 'If-Match', message: 'Expected an ETag like "v3"' }],
      },
    );
  }
  return Number(match[1]);
}

export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });

export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().trim().min(1).max(200).optional(),
});
