// Slot editing: adding a day or a set of days, never twice, listed by platform, day and time.
import { describe, expect, test } from 'vitest';
import { addSlots, DAY_CHOICES, removeSlot, sameSlots, sortSlots } from './slots';

describe('posting slot helpers', () => {
  test('every weekday adds five slots, skipping ones already there', () => {
    const weekdays = DAY_CHOICES.find((c) => c.value === 'weekdays')?.days ?? [];
    const first = addSlots([{ platform: 'x', weekday: 2, time: '09:00' }], 'x', weekdays, '09:00');
    expect(first.added).toBe(4);
    expect(first.existing).toBe(1);
    expect(first.slots.map((s) => s.weekday)).toEqual([1, 2, 3, 4, 5]);
  });

  test('lists by platform order, then day, then time', () => {
    const sorted = sortSlots([
      { platform: 'bluesky', weekday: 1, time: '08:00' },
      { platform: 'x', weekday: 3, time: '17:30' },
      { platform: 'x', weekday: 3, time: '09:00' },
      { platform: 'linkedin', weekday: 5, time: '12:00' },
    ]);
    expect(sorted.map((s) => `${s.platform} ${s.weekday} ${s.time}`)).toEqual([
      'linkedin 5 12:00',
      'x 3 09:00',
      'x 3 17:30',
      'bluesky 1 08:00',
    ]);
  });

  test('removes one slot and compares sets regardless of order', () => {
    const a = { platform: 'x' as const, weekday: 1, time: '09:00' };
    const b = { platform: 'x' as const, weekday: 2, time: '09:00' };
    expect(removeSlot([a, b], { ...a })).toEqual([b]);
    expect(sameSlots([a, b], [b, a])).toBe(true);
    expect(sameSlots([a], [b])).toBe(false);
  });
});
