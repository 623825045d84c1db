// Time-zone month boundaries: "today" and "this month" on the user's own wall calendar.
import { describe, expect, it } from 'vitest';
import {
  currentMonthIn,
  monthDays,
  monthRange,
  precedingMonthsRange,
  safeZone,
  todayIn,
  weekdayOf,
} from './calendar-dates.js';
import { spreadDays } from './planner.js';

describe('today and this month in the user time zone', () => {
  it.each([
    // Auckland is UTC+13 in November (summer time): its December starts at 11:00 UTC on Nov 30.
    ['2026-11-30T10:59:00Z', 'Pacific/Auckland', '2026-11-30'],
    ['2026-11-30T11:00:00Z', 'Pacific/Auckland', '2026-12-01'],
    // Los Angeles is UTC-8 in winter: its December starts at 08:00 UTC on Dec 1.
    ['2026-12-01T07:59:00Z', 'America/Los_Angeles', '2026-11-30'],
    ['2026-12-01T08:00:00Z', 'America/Los_Angeles', '2026-12-01'],
    ['2026-11-30T20:00:00Z', 'UTC', '2026-11-30'],
  ])('at %s in %s it is %s', (instant, zone, day) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
    expect(currentMonthIn(zone, new Date(instant))).toBe(day.slice(0, 7));
  });

  it('puts one instant in different months for Auckland and Los Angeles', () => {
    const now = new Date('2026-11-30T20:00:00Z');
    expect(currentMonthIn('Pacific/Auckland', now)).toBe('2026-12');
    expect(currentMonthIn('America/Los_Angeles', now)).toBe('2026-11');
  });

  it('plans nothing in a month that is already over for the user, and from today on otherwise', () => {
    const now = new Date('2026-11-30T20:00:00Z');
    const daily = (zone: string, month: string) =>
      spreadDays({ month, today: todayIn(zone, now), postsPerWeek: 7, existing: [] });
    expect(daily('Pacific/Auckland', '2026-11')).toEqual([]);
    expect(daily('America/Los_Angeles', '2026-11')).toEqual(['2026-11-30']);
    expect(daily('Pacific/Auckland', '2026-12')[0]).toBe('2026-12-01');
  });

  it('falls back to UTC for a zone that does not exist', () => {
    expect(safeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(safeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });
});

describe('month arithmetic', () => {
  it('knows month lengths, leap years included', () => {
    expect(monthDays('2028-02')).toHaveLength(29);
    expect(monthDays('2027-02')).toHaveLength(28);
    expect(monthRange('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });

  it('finds the two months before, across a year boundary', () => {
    expect(precedingMonthsRange('2027-01', 2)).toEqual({ first: '2026-11-01', last: '2026-12-31' });
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf('2027-02-01')).toBe(1);
    expect(weekdayOf('2027-02-07')).toBe(7);
  });
});
