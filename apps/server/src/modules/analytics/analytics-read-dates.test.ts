// Ranges on the user's calendar: defaults, previous period, zone and DST boundaries.
import { describe, expect, it } from 'vitest';
import { daysOf, localDay, resolveRange } from './analytics-read-dates.js';

const NOW = new Date('2027-03-20T12:00:00Z');

describe('resolveRange', () => {
  it('defaults to the last 28 days ending today in the zone, and the 28 before', () => {
    const r = resolveRange('Pacific/Auckland', new Date('2027-03-20T13:00:00Z'), {});
    // 13:00 UTC is already 21 March in Auckland (UTC+13).
    expect(r.range).toEqual({ from: '2027-02-22', to: '2027-03-21' });
    expect(r.previous).toEqual({ from: '2027-01-25', to: '2027-02-21' });
  });

  it('covers whole local days: the end is the next local midnight', () => {
    const r = resolveRange('Europe/Paris', NOW, { from: '2027-01-10', to: '2027-01-10' });
    expect(r.start.toISOString()).toBe('2027-01-09T23:00:00.000Z');
    expect(r.end.toISOString()).toBe('2027-01-10T23:00:00.000Z');
    expect(r.previous).toEqual({ from: '2027-01-09', to: '2027-01-09' });
  });

  it('follows DST: the day the clocks go forward lasts 23 hours', () => {
    const r = resolveRange('America/New_York', NOW, { from: '2027-03-14', to: '2027-03-14' });
    expect((r.end.getTime() - r.start.getTime()) / 3_600_000).toBe(23);
    expect(r.start.toISOString()).toBe('2027-03-14T05:00:00.000Z');
  });

  it('takes a lone from as the start of 28 days and a lone to as their end', () => {
    expect(resolveRange('UTC', NOW, { from: '2027-01-01' }).range).toEqual({
      from: '2027-01-01',
      to: '2027-01-28',
    });
    expect(resolveRange('UTC', NOW, { to: '2027-01-28' }).range).toEqual({
      from: '2027-01-01',
      to: '2027-01-28',
    });
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(resolveRange('Mars/Olympus', NOW, {}).zone).toBe('UTC');
  });
});

describe('days', () => {
  it('lists each day of a range across a month end', () => {
    expect(daysOf({ from: '2027-02-27', to: '2027-03-02' })).toEqual([
      '2027-02-27',
      '2027-02-28',
      '2027-03-01',
      '2027-03-02',
    ]);
  });

  it('places an instant on its local day', () => {
    expect(localDay(new Date('2027-01-11T04:30:00Z'), 'America/Los_Angeles')).toBe('2027-01-10');
  });
});
