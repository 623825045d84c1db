// Analytics formatting: rates always carry their denominator's words, changes from nothing say so.
import { describe, expect, it } from 'vitest';
import { denominatorLabel, formatChange, formatCount, formatDay, formatRate } from './format';

describe('analytics formatting', () => {
  it('shows rates as percentages and no rate as a dash', () => {
    expect(formatRate({ value: 0.0354, denominator: 'impressions' })).toBe('3.54 %');
    expect(formatRate({ value: 0.25, denominator: 'followers' })).toBe('25.0 %');
    expect(formatRate(null)).toBe('—');
  });

  it('names the denominator', () => {
    expect(denominatorLabel({ denominator: 'impressions' })).toBe('of impressions');
    expect(denominatorLabel({ denominator: 'followers' })).toBe('of followers at posting');
  });

  it('signs changes and says when there is nothing to compare with', () => {
    expect(formatChange(12.5)).toBe('+12.5 %');
    expect(formatChange(-3)).toBe('-3.0 %');
    expect(formatChange(null)).toBe('no earlier figure');
  });

  it('compacts large counts only', () => {
    expect(formatCount(9_954)).toBe('9,954');
    expect(formatCount(18_900)).toBe('18.9K');
  });

  it('reads a calendar day without shifting it by the browser zone', () => {
    expect(formatDay('2027-03-01')).toBe('Mar 1');
  });
});
