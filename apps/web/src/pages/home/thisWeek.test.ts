import type { CalendarEntry } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { addDays, monthsOfWeek, todayIn, weekDays } from './thisWeek';

const entry = (date: string, status: CalendarEntry['status'] = 'planned'): CalendarEntry => ({
  id: `00000000-0000-4000-8000-${date.replaceAll('-', '').padStart(12, '0')}`,
  date,
  topic: `Topic ${date}`,
  pillar: null,
  format: 'post',
  platforms: ['linkedin'],
  status,
  contentId: null,
  origin: 'plan',
  version: 1,
});

describe('this week on the calendar', () => {
  it("takes today from the user's zone, not the browser's", () => {
    const instant = new Date('2027-03-01T02:00:00Z');
    expect(todayIn('Europe/Berlin', instant)).toBe('2027-03-01');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2027-02-28');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2027-02-26', 3)).toBe('2027-03-01');
    expect(addDays('2027-12-30', 2)).toBe('2028-01-01');
  });

  it('asks for both months when the week crosses a month end', () => {
    expect(monthsOfWeek('2027-03-10')).toEqual(['2027-03']);
    expect(monthsOfWeek('2027-03-28')).toEqual(['2027-03', '2027-04']);
  });

  it('keeps the seven days from today, in order, without skipped entries', () => {
    const days = weekDays('2027-03-28', [
      entry('2027-03-27'),
      entry('2027-03-28'),
      entry('2027-04-03'),
      entry('2027-04-04'),
      entry('2027-03-30', 'skipped'),
    ]);
    expect(days.map((day) => day.date)).toEqual([
      '2027-03-28',
      '2027-03-29',
      '2027-03-30',
      '2027-03-31',
      '2027-04-01',
      '2027-04-02',
      '2027-04-03',
    ]);
    expect(days.flatMap((day) => day.entries.map((e) => e.date))).toEqual(['2027-03-28', '2027-04-03']);
  });
});
