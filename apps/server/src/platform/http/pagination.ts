// Keyset pagination: the cursor encodes the (createdAt, id) of the last item of a page, so pages stay
// stable while rows are inserted. Cursors are opaque to clients.
import { DomainError } from '../errors/index.js';

export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const createdAt = new Date(String(at));
    if (typeof id !== 'string' || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw new DomainError('invalid', 'INVALID_CURSOR', 'The cursor is not valid; start again without it.', {
      fields: [{ path: 'cursor', message: 'Invalid cursor' }],
    });
  }
}

/** Given `limit + 1` rows, returns the page and the cursor of the next one. */
export function toPage<T extends KeysetPosition, Out>(rows: T[], limit: number, present: (row: T) => Out) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(present), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
