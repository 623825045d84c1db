// Posting slots across time zones and both DST transitions.
import { describe, expect, it } from 'vitest';
import { nextFreeSlot, slotInstant, upcomingSlots } from './posting-slots.js';

describe('slotInstant', () => {
  it('turns a wall-clock time into the UTC instant of that zone', () => {
    expect(slotInstant({ year: 2026, month: 11, day: 24 }, '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-11-24T08:00:00.000Z',
    );
    expect(slotInstant({ year: 2026, month: 7, day: 14 }, '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-07-14T07:00:00.000Z',
    );
  });

  it('moves a slot in the spring-forward gap to the first real minute after it', () => {
    // New York, 8 March 2026: 02:00 jumps to 03:00, so 02:30 does not exist.
    expect(slotInstant({ year: 2026, month: 3, day: 8 }, '02:30', 'America/New_York').toISOString()).toBe(
      '2026-03-08T07:30:00.000Z', // 03:30 EDT
    );
  });

  it('takes the first of two 01:30s in the fall-back overlap', () => {
    // New York, 1 November 2026: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice.
    expect(slotInstant({ year: 2026, month: 11, day: 1 }, '01:30', 'America/New_York').toISOString()).toBe(
      '2026-11-01T05:30:00.000Z', // 01:30 EDT, the earlier one
    );
  });
});

describe('upcomingSlots and nextFreeSlot', () => {
  const slots = [
    { weekday: 2, time: '09:00' },
    { weekday: 4, time: '17:30' },
  ];

  it('lists the next slots in order, keeping the wall-clock time across a DST change', () => {
    // Berlin leaves summer time on 25 October 2026.
    const after = new Date('2026-10-19T00:00:00Z');
    const instants = upcomingSlots(slots, 'Europe/Berlin', after, 14).map((d) => d.toISOString());
    expect(instants).toEqual([
      '2026-10-20T07:00:00.000Z', // Tue 09:00 CEST
      '2026-10-22T15:30:00.000Z', // Thu 17:30 CEST
      '2026-10-27T08:00:00.000Z', // Tue 09:00 CET
      '2026-10-29T16:30:00.000Z', // Thu 17:30 CET
    ]);
  });

  it('skips slots already taken and slots not after the given instant', () => {
    const after = new Date('2026-10-20T07:00:00Z');
    const taken = [new Date('2026-10-22T15:30:00Z')];
    expect(nextFreeSlot(slots, 'Europe/Berlin', after, taken)?.toISOString()).toBe(
      '2026-10-27T08:00:00.000Z',
    );
  });

  it('has no free slot without slots', () => {
    expect(nextFreeSlot([], 'UTC', new Date(), [])).toBeUndefined();
  });
});
