// The attempts of one item, as facts for the user (what was sent when, what came back).
import { PublishingError } from './publishing.errors.js';
import type { ScheduleRepository } from './schedule.repository.js';

export class ItemAttempts {
  constructor(private readonly repository: ScheduleRepository) {}

  async list(userId: string, itemId: string) {
    if (!(await this.repository.find(userId, itemId))) throw new PublishingError('ITEM_NOT_FOUND');
    const rows = await this.repository.attempts(userId, itemId);
    return {
      items: rows.map((row) => ({
        partIndex: row.partIndex,
        startedAt: row.startedAt.toISOString(),
        finishedAt: row.finishedAt?.toISOString() ?? null,
        outcome: row.outcome as 'sent' | 'failed' | 'unknown' | 'reconciled' | null,
        errorCode: row.errorCode,
        detail: row.detail,
        postId: row.postId,
      })),
    };
  }
}
