// Pieces that were published elsewhere and brought in by analytics (history import, backfill):
// status published, source 'imported', plain-text posts. Written in bulk inside the caller's
// transaction so that a piece exists exactly when its tracked post does; `discardImported` removes
// the pieces whose tracked post turned out to be a duplicate in that same transaction.
import { randomUUID } from 'node:crypto';
import type { Platform } from '@brandwright/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { content, contentVersions } from './content.schema.js';
import { computeMetadata } from './metadata.js';

export interface ImportedPiece {
  platform: Platform;
  text: string;
  /** Becomes the piece's creation time, so the library lists history where it happened. */
  publishedAt: Date;
}

/** Inserts one published piece (and its first version) per item; returns their ids in order. */
export async function insertImported(tx: Db, userId: string, pieces: ImportedPiece[]): Promise<string[]> {
  if (pieces.length === 0) return [];
  // Ids chosen here: RETURNING's row order is not promised by SQL.
  const ids = pieces.map(() => randomUUID());
  await tx.insert(content).values(
    pieces.map((piece, index) => ({
      id: ids[index],
      userId,
      type: 'post' as const,
      body: piece.text,
      bodyMarkdown: piece.text,
      platforms: [piece.platform],
      metadata: computeMetadata('post', piece.text, [piece.platform]),
      status: 'published' as const,
      source: 'imported' as const,
      createdAt: piece.publishedAt,
      updatedAt: piece.publishedAt,
    })),
  );
  await tx.insert(contentVersions).values(
    pieces.map((piece, index) => ({
      contentId: ids[index] as string,
      userId,
      version: 1,
      body: piece.text,
      bodyMarkdown: piece.text,
      author: 'user' as const,
      changeNote: 'Imported',
      createdAt: piece.publishedAt,
    })),
  );
  return ids;
}

/** Removes imported pieces (versions cascade) that the caller's transaction no longer needs. */
export async function discardImported(tx: Db, userId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .delete(content)
    .where(and(eq(content.userId, userId), eq(content.source, 'imported'), inArray(content.id, ids)));
}
