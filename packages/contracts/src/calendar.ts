// Editorial calendar: entries on the user's local calendar days, the month view, and the plan made
// from the brand strategy. Shared by server and web.
import { z } from 'zod';
import { platformSchema } from './brand.js';

/** What an entry will become; named for the calendar so it never clashes with the content module's. */
export const calendarFormatSchema = z.enum(['post', 'thread', 'article', 'video_script']);
export type CalendarFormat = z.infer<typeof calendarFormatSchema>;

export const calendarStatusSchema = z.enum(['planned', 'drafted', 'scheduled', 'published', 'skipped']);
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;

/** 'plan' entries may be replaced by re-planning; 'user' entries (made or moved by the user) never are. */
export const calendarOriginSchema = z.enum(['user', 'plan']);
export type CalendarOrigin = z.infer<typeof calendarOriginSchema>;

/** A calendar month, `YYYY-MM`, years 1900–2199. */
export const calendarMonthSchema = z
  .string()
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'Must be a month like 2027-03');

/** True when y-m-d names a day that exists (no 2027-02-30): calendar arithmetic, no time zone involved. */
function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A day of the user's own calendar, `YYYY-MM-DD`. */
export const calendarDateSchema = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, 'Must be a date like 2027-03-31')
  .refine(isRealDay, 'Must be a real date');

const topicSchema = z.string().trim().min(3, 'At least 3 characters').max(200, 'At most 200 characters');
const pillarSchema = z.string().trim().min(1).max(60).nullable();
const platformsSchema = z
  .array(platformSchema)
  .min(1, 'Pick at least one platform')
  .refine((p) => new Set(p).size === p.length, 'Each platform once');

export const calendarEntrySchema = z.object({
  id: z.string().uuid(),
  date: z.string(),
  topic: z.string(),
  pillar: z.string().nullable(),
  format: calendarFormatSchema,
  platforms: z.array(platformSchema),
  status: calendarStatusSchema,
  /** The draft made from this entry, once there is one. */
  contentId: z.string().uuid().nullable(),
  origin: calendarOriginSchema,
  /** For If-Match on PATCH (also sent as the ETag "v<version>"). */
  version: z.number().int(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

export const calendarMonthQuerySchema = z
  .object({
    /** Defaults to the current month in the user's time zone. */
    month: calendarMonthSchema.optional(),
  })
  .strict();

export const calendarMonthViewSchema = z.object({
  month: z.string(),
  timezone: z.string(),
  /** The month has been planned (POST /calendar/plan), whatever has happened to its entries since. */
  planned: z.boolean(),
  /** When it was last planned or re-planned (ISO 8601); null when it never was. */
  plannedAt: z.string().datetime().nullable(),
  entries: z.array(calendarEntrySchema),
});
export type CalendarMonthView = z.infer<typeof calendarMonthViewSchema>;

export const createCalendarEntrySchema = z
  .object({
    date: calendarDateSchema,
    topic: topicSchema,
    pillar: pillarSchema.optional(),
    format: calendarFormatSchema,
    platforms: platformsSchema,
    status: calendarStatusSchema.optional(),
  })
  .strict();
export type CreateCalendarEntry = z.infer<typeof createCalendarEntrySchema>;

export const updateCalendarEntrySchema = z
  .object({
    date: calendarDateSchema,
    topic: topicSchema,
    pillar: pillarSchema,
    format: calendarFormatSchema,
    platforms: platformsSchema,
    status: calendarStatusSchema,
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export type UpdateCalendarEntry = z.infer<typeof updateCalendarEntrySchema>;

export const calendarEntryIdParamsSchema = z.object({ id: z.string().uuid('Must be an entry id') });

export const planCalendarSchema = z
  .object({
    month: calendarMonthSchema,
    /** Defaults to the questionnaire's answer. */
    postsPerWeek: z.number().int().min(1).max(21).optional(),
    /** Defaults to the questionnaire's platforms. */
    platforms: platformsSchema.optional(),
    /** Re-plan: replaces only entries the plan made that are still 'planned'. */
    replace: z.boolean().optional(),
  })
  .strict();
export type PlanCalendar = z.infer<typeof planCalendarSchema>;

export const calendarPlanResultSchema = z.object({
  month: z.string(),
  /** Entries this call added. */
  created: z.number().int(),
  /** Entries of the month left as they were. */
  kept: z.number().int(),
  entries: z.array(calendarEntrySchema),
});
export type CalendarPlanResult = z.infer<typeof calendarPlanResultSchema>;
