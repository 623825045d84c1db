// The fetch planner: the decaying schedule, catching up after downtime, and the end at 90 days.
import { describe, expect, it } from 'vitest';
import {
  accountDay,
  dueFetch,
  FETCH_OFFSETS_MS,
  FINAL_STEP,
  firstFetchAt,
  stepTime,
} from './fetch-schedule.js';

const H = 3_600_000;
const D = 24 * H;
const published = new Date('2026-03-02T09:15:00.000Z');
const at = (ms: number) => new Date(published.getTime() + ms);

describe('fetch schedule', () => {
  it('decays from an hour to a month, then goes weekly until 90 days', () => {
    expect(FETCH_OFFSETS_MS.slice(0, 6)).toEqual([H, 6 * H, D, 3 * D, 7 * D, 30 * D]);
    const weekly = FETCH_OFFSETS_MS.slice(6);
    for (let i = 1; i < weekly.length - 1; i++)
      expect((weekly[i] as number) - (weekly[i - 1] as number)).toBe(7 * D);
    expect(FETCH_OFFSETS_MS.at(-1)).toBe(90 * D);
    expect(stepTime(published, FINAL_STEP + 1)).toBeUndefined();
  });

  it('is first due an hour after publishing, and nothing is due before', () => {
    expect(firstFetchAt(published)).toEqual(at(H));
    expect(dueFetch(published, 0, at(H - 1))).toBeUndefined();
  });

  it('stamps a fetch with the step time, whenever it actually runs', () => {
    const due = dueFetch(published, 1, at(6 * H + 17 * 60_000));
    expect(due).toEqual({ step: 1, observedAt: at(6 * H), next: { step: 2, at: at(D) } });
  });

  it('skips steps missed during downtime and fetches only the latest due one', () => {
    const due = dueFetch(published, 0, at(4 * D));
    expect(due?.step).toBe(3);
    expect(due?.observedAt).toEqual(at(3 * D));
    expect(due?.next).toEqual({ step: 4, at: at(7 * D) });
  });

  it('ends after the 90-day step', () => {
    const last = dueFetch(published, 0, at(200 * D));
    expect(last).toEqual({ step: FINAL_STEP, observedAt: at(90 * D) });
    expect(dueFetch(published, FINAL_STEP + 1, at(200 * D))).toBeUndefined();
  });

  it('keys account metrics on the UTC day', () => {
    expect(accountDay(new Date('2026-03-02T23:59:59.999Z'))).toEqual(new Date('2026-03-02T00:00:00.000Z'));
  });
});
