// Times typed in the profile's zone must become the instants the server expects, across DST too.
import { describe, expect, test } from 'vitest';
import { formatDateTime as formatInZone, formatTime as timeInZone } from './dates';
import {
  dayInZone,
  instantToWallTime,
  monthBounds,
  offsetLabel,
  suggestedWallTime,
  todayInZone,
  wallTimeToInstant,
  zoneLabel,
} from './zonedTime';

describe('wallTimeToInstant', () => {
  test('reads the wall time in the given zone, not the browser zone', () => {
    expect(wallTimeToInstant({ date: '2027-03-01', time: '09:00' }, 'Europe/Berlin')).toEqual({
      ok: true,
      iso: '2027-03-01T09:00:00+01:00',
      wall: { date: '2027-03-01', time: '09:00' },
      dst: null,
    });
    const tokyo = wallTimeToInstant({ date: '2027-03-01', time: '09:00' }, 'Asia/Tokyo');
    expect(tokyo.ok && new Date(tokyo.iso).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(wallTimeToInstant({ date: '2027-07-01', time: '00:00' }, 'UTC')).toMatchObject({
      iso: '2027-07-01T00:00:00Z',
    });
  });

  test('moves a time inside the spring-forward gap forward by the gap', () => {
    // Berlin skips 02:00–03:00 on 28 March 2027.
    expect(wallTimeToInstant({ date: '2027-03-28', time: '02:30' }, 'Europe/Berlin')).toEqual({
      ok: true,
      iso: '2027-03-28T03:30:00+02:00',
      wall: { date: '2027-03-28', time: '03:30' },
      dst: 'gap',
    });
  });

  test('takes the first of the two instants in the fall-back overlap', () => {
    // Berlin shows 02:00–03:00 twice on 31 October 2027: first at +02:00, then at +01:00.
    const overlap = wallTimeToInstant({ date: '2027-10-31', time: '02:30' }, 'Europe/Berlin');
    expect(overlap).toMatchObject({ ok: true, iso: '2027-10-31T02:30:00+02:00', dst: 'overlap' });
    // New York: 01:30 on 7 November 2027 happens at -04:00 first.
    const newYork = wallTimeToInstant({ date: '2027-11-07', time: '01:30' }, 'America/New_York');
    expect(newYork).toMatchObject({ ok: true, iso: '2027-11-07T01:30:00-04:00', dst: 'overlap' });
  });

  test('says which input is wrong', () => {
    expect(wallTimeToInstant({ date: '', time: '09:00' }, 'UTC')).toMatchObject({ ok: false, field: 'date' });
    expect(wallTimeToInstant({ date: '2027-02-30', time: '09:00' }, 'UTC')).toMatchObject({
      ok: false,
      field: 'date',
    });
    expect(wallTimeToInstant({ date: '2027-02-03', time: '9' }, 'UTC')).toMatchObject({
      ok: false,
      field: 'time',
    });
    expect(wallTimeToInstant({ date: '2027-02-03', time: '09:00' }, 'Mars/Olympus')).toMatchObject({
      ok: false,
      field: 'zone',
    });
  });
});

describe('reading instants back', () => {
  test('shows an instant as the zone’s wall time and day', () => {
    const iso = '2027-03-01T23:30:00Z';
    expect(instantToWallTime(iso, 'Europe/Berlin')).toEqual({ date: '2027-03-02', time: '00:30' });
    expect(dayInZone(iso, 'America/Los_Angeles')).toBe('2027-03-01');
    expect(dayInZone(iso, 'Asia/Tokyo')).toBe('2027-03-02');
    expect(timeInZone(iso, 'Asia/Kolkata')).toBe('05:00');
  });

  test('round-trips through a wall time, DST overlap included', () => {
    for (const iso of ['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z', '2027-06-15T12:00:00Z']) {
      const back = wallTimeToInstant(instantToWallTime(iso, 'Europe/Berlin'), 'Europe/Berlin');
      // 01:30Z is the second 02:30 of the overlap: its wall time reads back as the first one.
      if (iso === '2027-10-31T01:30:00Z') expect(back.ok && back.dst).toBe('overlap');
      else expect(back.ok && new Date(back.iso).toISOString()).toBe(new Date(iso).toISOString());
    }
  });

  test('formats with the weekday, 24-hour time, and the year only when it differs', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    expect(formatInZone('2027-03-02T08:00:00Z', 'Europe/Berlin', now)).toBe('Tue 2 Mar, 09:00');
    expect(formatInZone('2028-03-02T08:00:00Z', 'Europe/Berlin', now)).toBe('Thu, 2 Mar 2028, 09:00');
  });
});

describe('monthBounds', () => {
  test('bounds a month by its first local midnight and the next month’s, across a DST change', () => {
    expect(monthBounds('2027-03', 'Europe/Berlin')).toEqual({
      from: '2027-03-01T00:00:00+01:00',
      to: '2027-04-01T00:00:00+02:00',
    });
    expect(monthBounds('2027-12', 'UTC')).toEqual({
      from: '2027-12-01T00:00:00Z',
      to: '2028-01-01T00:00:00Z',
    });
  });
});

describe('zone labels and suggestions', () => {
  test('labels a zone with its offset at the given instant', () => {
    expect(offsetLabel('Europe/Berlin', new Date('2027-01-10T12:00:00Z'))).toBe('UTC+01:00');
    expect(offsetLabel('Europe/Berlin', new Date('2027-07-10T12:00:00Z'))).toBe('UTC+02:00');
    expect(zoneLabel('America/New_York', new Date('2027-01-10T12:00:00Z'))).toBe(
      'America/New York (UTC-05:00)',
    );
    expect(zoneLabel('UTC')).toBe('UTC');
  });

  test('suggests the next full hour at least half an hour away, in the zone', () => {
    expect(suggestedWallTime('Europe/Berlin', new Date('2027-01-10T12:10:00Z'))).toEqual({
      date: '2027-01-10',
      time: '14:00',
    });
    expect(suggestedWallTime('Europe/Berlin', new Date('2027-01-10T22:45:00Z'))).toEqual({
      date: '2027-01-11',
      time: '01:00',
    });
    expect(todayInZone('Asia/Tokyo', new Date('2027-01-10T22:45:00Z'))).toBe('2027-01-11');
  });
});
