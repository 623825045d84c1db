import { afterEach, describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatMonth, setDisplayZone } from './dates';

afterEach(() => setDisplayZone(undefined));

describe('one date formatter', () => {
  const now = new Date('2027-01-10T12:00:00Z');

  test("writes instants in the profile's zone once the app knows it", () => {
    setDisplayZone('Asia/Tokyo');
    // 23:30 UTC on the 1st is already 08:30 on the 2nd in Tokyo.
    expect(formatDateTime('2027-03-01T23:30:00Z', undefined, now)).toBe('Tue 2 Mar, 08:30');
    expect(formatDateTime('2027-03-01T23:30:00Z', 'Europe/London', now)).toBe('Mon 1 Mar, 23:30');
  });

  test('writes calendar dates without shifting them, and leaves bad input as it is', () => {
    setDisplayZone('Pacific/Honolulu');
    expect(formatDate('2027-03-02')).toBe('2 Mar 2027');
    expect(formatMonth('2027-03-02')).toBe('March 2027');
    expect(formatDay('2027-03-02')).toBe('Tuesday 2 March');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
