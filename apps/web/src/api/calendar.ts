// Calls on the signed-in user's editorial calendar: the month view, entries (create with an
// Idempotency-Key, edit and move with If-Match, delete), drafting an entry and planning a month.
import {
  type CalendarEntry,
  type CalendarMonthView,
  type CalendarPlanResult,
  type CreateCalendarEntry,
  calendarEntrySchema,
  calendarMonthViewSchema,
  calendarPlanResultSchema,
  type PlanCalendar,
  type UpdateCalendarEntry,
} from '@brandwright/contracts';
import { authedJson, authedSend } from './client';
import { readJson } from './http';

/** The optimistic-concurrency tag of an entry version, as sent in ETag and If-Match. */
function entryEtag(version: number): string {
  return `"v${version}"`;
}

function entryPath(id: string): string {
  return `/calendar/entries/${encodeURIComponent(id)}`;
}

export function fetchCalendarMonth(month: string, signal?: AbortSignal): Promise<CalendarMonthView> {
  const query = new URLSearchParams({ month });
  return authedJson(`/calendar?${query}`, calendarMonthViewSchema, { signal });
}

/** `key` makes a retried create (after a lost response) return the entry the first attempt made. */
export function createEntry(input: CreateCalendarEntry, key: string): Promise<CalendarEntry> {
  return authedJson('/calendar/entries', calendarEntrySchema, {
    method: 'POST',
    body: input,
    headers: { 'idempotency-key': key },
  });
}

/** Edits or moves an entry; 412 when `version` is no longer the entry's latest. */
export function updateEntry(id: string, patch: UpdateCalendarEntry, version: number): Promise<CalendarEntry> {
  return authedJson(entryPath(id), calendarEntrySchema, {
    method: 'PATCH',
    body: patch,
    headers: { 'if-match': entryEtag(version) },
  });
}

export async function deleteEntry(id: string): Promise<void> {
  await authedSend(entryPath(id), { method: 'DELETE' });
}

/** Generates a draft from the entry (once; a repeat returns the same contentId). Can take seconds. */
export function draftEntry(id: string): Promise<CalendarEntry> {
  return authedJson(`${entryPath(id)}/draft`, calendarEntrySchema, { method: 'POST' });
}

export interface PlanOutcome extends CalendarPlanResult {
  /** False when the month already had a plan and this call returned it unchanged (200). */
  fresh: boolean;
}

/** Fills a month from the strategy; 409 NO_STRATEGY when there is none yet. */
export async function planMonth(input: PlanCalendar): Promise<PlanOutcome> {
  const response = await authedSend('/calendar/plan', { method: 'POST', body: input });
  const result = await readJson(response, calendarPlanResultSchema);
  return { ...result, fresh: response.status === 201 };
}
