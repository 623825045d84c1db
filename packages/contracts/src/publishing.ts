// Scheduling and publishing: scheduled items (one piece on one platform at one instant), posting
// slots, the user's publishing settings, and the actions on items that need attention.
import { z } from 'zod';
import { platformSchema } from './brand.js';
import { paginationQuerySchema } from './common.js';

export const scheduledItemStatusSchema = z.enum([
  'pending',
  'publishing',
  'published',
  'failed',
  'needs_attention',
  'cancelled',
  'missed',
]);
export type ScheduledItemStatus = z.infer<typeof scheduledItemStatusSchema>;

/** An instant with an explicit offset ("2027-03-01T09:00:00+01:00" or "…Z"): never a floating local time. */
export const instantSchema = z.iso.datetime({
  offset: true,
  message: 'Must be an ISO 8601 date-time with an offset',
});

const platformListSchema = z
  .array(platformSchema)
  .min(1, 'Pick at least one platform')
  .refine((p) => new Set(p).size === p.length, 'Each platform once');

export const publishContentSchema = z.object({
  platforms: platformListSchema,
  /** Absent = now. */
  scheduledFor: instantSchema.optional(),
});
export type PublishContentInput = z.infer<typeof publishContentSchema>;

export const queueContentSchema = z.object({
  /** Default: the piece's own platforms. */
  platforms: platformListSchema.optional(),
});
export type QueueContentInput = z.infer<typeof queueContentSchema>;

export const scheduledItemSchema = z.object({
  id: z.uuid(),
  contentId: z.uuid(),
  platform: platformSchema,
  scheduledFor: z.string(),
  status: scheduledItemStatusSchema,
  source: z.enum(['manual', 'queue', 'evergreen']),
  /** Posts sent for this item: 1, or the thread's length. */
  parts: z.object({ total: z.number().int(), published: z.number().int() }),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  /** Why it failed or needs attention, in words. */
  problem: z.object({ code: z.string(), detail: z.string() }).nullable(),
  /** The live post once published. */
  post: z.object({ id: z.string(), url: z.string(), publishedAt: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ScheduledItem = z.infer<typeof scheduledItemSchema>;

export const scheduledItemsSchema = z.object({ items: z.array(scheduledItemSchema) });

export const scheduleQuerySchema = paginationQuerySchema.extend({
  from: instantSchema.optional(),
  to: instantSchema.optional(),
  status: scheduledItemStatusSchema.optional(),
  platform: platformSchema.optional(),
  contentId: z.uuid().optional(),
});
export type ScheduleQuery = z.infer<typeof scheduleQuerySchema>;

export const rescheduleItemSchema = z.object({ scheduledFor: instantSchema });

export const scheduleItemIdParamsSchema = z.object({ id: z.uuid() });

/** What the user decides for an item that needs attention. */
export const resolveItemSchema = z.discriminatedUnion('action', [
  /** They found the post live: record it (its URL when they have it). */
  z.object({ action: z.literal('mark_published'), url: z.url().max(2000).optional() }),
  /** They checked it is not live: send it again. */
  z.object({ action: z.literal('retry') }),
]);
export type ResolveItemInput = z.infer<typeof resolveItemSchema>;

export const postingSlotSchema = z.object({
  platform: platformSchema,
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Must be a time like 09:30'),
});
export type PostingSlot = z.infer<typeof postingSlotSchema>;

/** Slots one user may keep, over all platforms. */
export const MAX_POSTING_SLOTS = 200;

export const postingSlotsSchema = z.object({
  slots: z
    .array(postingSlotSchema)
    .max(MAX_POSTING_SLOTS)
    .refine(
      (slots) => new Set(slots.map((s) => `${s.platform}:${s.weekday}:${s.time}`)).size === slots.length,
      'Each slot once',
    ),
});
export type PostingSlots = z.infer<typeof postingSlotsSchema>;

export const publishingSettingsSchema = z.object({
  approvalRequired: z.boolean(),
  /** Items found this late after downtime are marked missed; null publishes them however late. */
  missedAfterMinutes: z.number().int().min(0).max(10_080).nullable(),
  evergreenIntervalDays: z.number().int().min(1).max(365),
});
export type PublishingSettings = z.infer<typeof publishingSettingsSchema>;

export const updatePublishingSettingsSchema = publishingSettingsSchema.partial();

/** One send of one part: the facts shown for an item that needs attention. */
export const publishAttemptSchema = z.object({
  partIndex: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** null while in flight or when the worker stopped mid-send. */
  outcome: z.enum(['sent', 'failed', 'unknown', 'reconciled']).nullable(),
  errorCode: z.string().nullable(),
  detail: z.string().nullable(),
  postId: z.string().nullable(),
});
export const publishAttemptsSchema = z.object({ items: z.array(publishAttemptSchema) });
