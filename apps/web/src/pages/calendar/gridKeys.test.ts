// The calendar grid's keyboard model: key + focused day → the day focus moves to.
import { describe, expect, test } from 'vitest';
import { weeksOfMonth } from './calendarDates';
import { dayAfterKey } from './gridKeys';

const move = (key: string, day: string, shiftKey = false) => dayAfterKey({ key, shiftKey }, day);

describe('calendar grid keys', () => {
  test('arrows step a day or a week, across month and year edges', () => {
    expect(move('ArrowRight', '2026-12-07')).toBe('2026-12-08');
    expect(move('ArrowLeft', '2026-12-01')).toBe('2026-11-30');
    expect(move('ArrowDown', '2026-12-28')).toBe('2027-01-04');
    expect(move('ArrowUp', '2027-01-03')).toBe('2026-12-27');
    expect(move('ArrowRight', '2028-02-28')).toBe('2028-02-29');
  });

  test("Home and End go to the week's Monday and Sunday", () => {
    // 2026-12-09 is a Wednesday.
    expect(move('Home', '2026-12-09')).toBe('2026-12-07');
    expect(move('End', '2026-12-09')).toBe('2026-12-13');
    expect(move('Home', '2026-12-07')).toBe('2026-12-07');
    expect(move('End', '2026-12-13')).toBe('2026-12-13');
    // A week that straddles two months ends in the next one.
    expect(move('End', '2026-12-31')).toBe('2027-01-03');
  });

  test('PageUp and PageDown keep the day of the month, clamped to a shorter month', () => {
    expect(move('PageDown', '2026-12-07')).toBe('2027-01-07');
    expect(move('PageUp', '2026-12-07')).toBe('2026-11-07');
    expect(move('PageDown', '2027-01-31')).toBe('2027-02-28');
    expect(move('PageDown', '2028-01-31')).toBe('2028-02-29');
    expect(move('PageUp', '2027-03-31')).toBe('2027-02-28');
  });

  test('Shift with PageUp and PageDown moves a year', () => {
    expect(move('PageDown', '2028-02-29', true)).toBe('2029-02-28');
    expect(move('PageUp', '2026-12-07', true)).toBe('2025-12-07');
  });

  test('other keys are not moves', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'Escape']) expect(move(key, '2026-12-07')).toBeNull();
  });
});

describe('weeks of a month', () => {
  test('pads the first and last week so every row has seven cells, Monday first', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = weeksOfMonth('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.slice(0, 2)).toEqual([null, '2026-12-01']);
    expect(weeks[4]?.slice(3)).toEqual(['2026-12-31', null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  test('a February that starts on a Monday fills exactly four rows', () => {
    expect(weeksOfMonth('2027-02').flat()).not.toContain(null);
    expect(weeksOfMonth('2027-02')).toHaveLength(4);
  });
});
