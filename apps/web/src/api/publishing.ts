// Calls on scheduling and publishing: publish a piece now or at a time and add it to the queue
// (Idempotency-Key), the schedule (list, reschedule with If-Match "v<version>", cancel, resolve,
// attempts), posting slots and publishing settings.
import {
  type PostingSlot,
  type PublishContentInput,
  type PublishingSettings,
  pageSchema,
  postingSlotsSchema,
  publishAttemptsSchema,
  publishingSettingsSchema,
  type QueueContentInput,
  type ResolveItemInput,
  type ScheduledItem,
  type ScheduledItemStatus,
  type ScheduleQuery,
  scheduledItemSchema,
  scheduledItemsSchema,
} from '@brandwright/contracts';
import type { z } from 'zod';
import { authedJson, authedSend } from './client';

const itemPageSchema = pageSchema(scheduledItemSchema);
export type ScheduledItemPage = z.output<typeof itemPageSchema>;
export type PublishAttempt = z.output<typeof publishAttemptsSchema>['items'][number];

export type ScheduleFilters = Partial<Pick<ScheduleQuery, 'from' | 'to' | 'platform' | 'contentId'>> & {
  status?: ScheduledItemStatus | undefined;
};

const itemPath = (id: string) => `/schedule/${encodeURIComponent(id)}`;
const contentPath = (id: string) => `/content/${encodeURIComponent(id)}`;

/** `key` makes a retried submit (double click, lost answer) return the items the first one made. */
export async function publishContent(
  contentId: string,
  input: PublishContentInput,
  key: string,
): Promise<ScheduledItem[]> {
  const result = await authedJson(`${contentPath(contentId)}/publish`, scheduledItemsSchema, {
    method: 'POST',
    body: input,
    headers: { 'idempotency-key': key },
  });
  return result.items;
}

export async function queueContent(
  contentId: string,
  input: QueueContentInput,
  key: string,
): Promise<ScheduledItem[]> {
  const result = await authedJson(`${contentPath(contentId)}/queue`, scheduledItemsSchema, {
    method: 'POST',
    body: input,
    headers: { 'idempotency-key': key },
  });
  return result.items;
}

export function fetchSchedule(
  filters: ScheduleFilters,
  limit: number,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ScheduledItemPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (cursor) query.set('cursor', cursor);
  return authedJson(`/schedule?${query}`, itemPageSchema, { signal });
}

/** Every item matching `filters`, following cursors up to `maxPages` pages of 100. */
export async function fetchAllScheduled(
  filters: ScheduleFilters,
  signal?: AbortSignal,
  maxPages = 5,
): Promise<ScheduledItem[]> {
  const items: ScheduledItem[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: ScheduledItemPage = await fetchSchedule(filters, 100, cursor, signal);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export function fetchScheduledItem(id: string, signal?: AbortSignal): Promise<ScheduledItem> {
  return authedJson(itemPath(id), scheduledItemSchema, { signal });
}

/** 412 when `version` is stale, 409 NOT_PENDING once publishing started. */
export function rescheduleItem(id: string, scheduledFor: string, version: number): Promise<ScheduledItem> {
  return authedJson(itemPath(id), scheduledItemSchema, {
    method: 'PATCH',
    body: { scheduledFor },
    headers: { 'if-match': `"v${version}"` },
  });
}

/** Cancelling twice is fine; 409 ALREADY_STARTED once publishing began. */
export async function cancelItem(id: string): Promise<void> {
  await authedSend(itemPath(id), { method: 'DELETE' });
}

export function resolveItem(id: string, input: ResolveItemInput): Promise<ScheduledItem> {
  return authedJson(`${itemPath(id)}/resolve`, scheduledItemSchema, { method: 'POST', body: input });
}

export async function fetchAttempts(id: string, signal?: AbortSignal): Promise<PublishAttempt[]> {
  return (await authedJson(`${itemPath(id)}/attempts`, publishAttemptsSchema, { signal })).items;
}

export async function fetchSlots(signal?: AbortSignal): Promise<PostingSlot[]> {
  return (await authedJson('/publishing/slots', postingSlotsSchema, { signal })).slots;
}

/** Replaces the whole set. */
export async function saveSlots(slots: PostingSlot[]): Promise<PostingSlot[]> {
  return (await authedJson('/publishing/slots', postingSlotsSchema, { method: 'PUT', body: { slots } }))
    .slots;
}

export function fetchPublishingSettings(signal?: AbortSignal): Promise<PublishingSettings> {
  return authedJson('/publishing/settings', publishingSettingsSchema, { signal });
}

export function updatePublishingSettings(changes: Partial<PublishingSettings>): Promise<PublishingSettings> {
  return authedJson('/publishing/settings', publishingSettingsSchema, { method: 'PATCH', body: changes });
}
