// Rows to the API's ScheduledItem.
import type { ScheduledItem } from '@brandwright/contracts';
import type { ItemRow } from './schedule.repository.js';

export function presentItem(row: ItemRow): ScheduledItem {
  return {
    id: row.id,
    contentId: row.contentId,
    platform: row.platform,
    scheduledFor: row.scheduledFor.toISOString(),
    status: row.status,
    source: row.source,
    parts: { total: row.plan.parts.length, published: row.publishedParts.length },
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    problem:
      row.errorCode && row.status !== 'published' && row.status !== 'cancelled'
        ? { code: row.errorCode, detail: row.errorDetail ?? '' }
        : null,
    post:
      row.status === 'published' && row.postUrl
        ? {
            id: row.postId ?? '',
            url: row.postUrl,
            publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
          }
        : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
