// Pure helpers for editing weekly posting slots: the day choices (single days, every weekday, every
// day), adding without duplicates, and the order the editor lists them in.
import type { Platform, PostingSlot } from '@brandwright/contracts';
import { PLATFORMS } from '../../content/labels';

/** ISO weekdays, Monday = 1. */
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export const DAY_CHOICES: readonly { value: string; label: string; days: number[] }[] = [
  { value: 'weekdays', label: 'Every weekday (Monday to Friday)', days: [1, 2, 3, 4, 5] },
  { value: 'daily', label: 'Every day', days: [1, 2, 3, 4, 5, 6, 7] },
  ...WEEKDAY_NAMES.map((name, i) => ({ value: String(i + 1), label: name, days: [i + 1] })),
];

/** What makes a slot unique (the contract refuses two with the same key). */
export const slotKey = (slot: PostingSlot) => `${slot.platform}:${slot.weekday}:${slot.time}`;

export function sortSlots(slots: readonly PostingSlot[]): PostingSlot[] {
  return [...slots].sort(
    (a, b) =>
      PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) ||
      a.weekday - b.weekday ||
      a.time.localeCompare(b.time),
  );
}

export interface AddResult {
  slots: PostingSlot[];
  added: number;
  /** Slots asked for that were already there. */
  existing: number;
}

export function addSlots(
  slots: readonly PostingSlot[],
  platform: Platform,
  days: readonly number[],
  time: string,
): AddResult {
  const have = new Set(slots.map(slotKey));
  const fresh = days
    .map((weekday) => ({ platform, weekday, time }))
    .filter((slot) => !have.has(slotKey(slot)));
  return {
    slots: sortSlots([...slots, ...fresh]),
    added: fresh.length,
    existing: days.length - fresh.length,
  };
}

export function removeSlot(slots: readonly PostingSlot[], slot: PostingSlot): PostingSlot[] {
  return slots.filter((s) => slotKey(s) !== slotKey(slot));
}

export function sameSlots(a: readonly PostingSlot[], b: readonly PostingSlot[]): boolean {
  const left = sortSlots(a).map(slotKey);
  const right = sortSlots(b).map(slotKey);
  return left.length === right.length && left.every((k, i) => k === right[i]);
}
