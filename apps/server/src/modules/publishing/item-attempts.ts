// The attempts of one item, as facts for the user (what was sent when, what came back).
import type { AttemptOutcome, AttemptsRepository } from './attempts.repository.js';
import { PublishingError } from './publishing.errors.js';
import type { ScheduleRepository } from './schedule.repository.js';

export class ItemAttempts {
  constructor(
    private readonly repository: ScheduleRepository,
    private readonly attempts: AttemptsRepository,
  ) {}

  async list(userId: string, itemId: string) {
    if (!(await this.repository.find(userId, itemId))) throw new PublishingError('ITEM_NOT_FOUND');
    const rows = await this.attempts.list(userId, itemId);
    return {
      items: rows.map((row) => ({
        partIndex: row.partIndex,
        startedAt: row.startedAt.toISOString(),
        finishedAt: row.finishedAt?.toISOString() ?? null,
        outcome: row.outcome as AttemptOutcome | null,
        errorCode: row.errorCode,
        detail: row.detail,
        postId: row.postId,
      })),
    };
  }
}
