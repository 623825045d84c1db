// Domain events of publishing: one per state change of a scheduled item, so that notifications and
// real-time updates (later modules) need no knowledge of the engine.
import type { EventBus } from '../../platform/events/index.js';
import type { ItemRow } from './schedule.repository.js';

export interface ItemChangedEvent {
  type: `publishing.item.${ItemRow['status']}`;
  payload: {
    userId: string;
    itemId: string;
    contentId: string;
    platform: ItemRow['platform'];
    status: ItemRow['status'];
    scheduledFor: string;
    postUrl: string | null;
    problem: { code: string; detail: string } | null;
  };
}

export class PublishingEvents {
  constructor(private readonly bus: EventBus) {}

  async changed(item: ItemRow): Promise<void> {
    await this.bus.emit<ItemChangedEvent>({
      type: `publishing.item.${item.status}`,
      payload: {
        userId: item.userId,
        itemId: item.id,
        contentId: item.contentId,
        platform: item.platform,
        status: item.status,
        scheduledFor: item.scheduledFor.toISOString(),
        postUrl: item.postUrl,
        problem: item.errorCode ? { code: item.errorCode, detail: item.errorDetail ?? '' } : null,
      },
    });
  }
}
