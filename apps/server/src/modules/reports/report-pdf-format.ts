// How figures read in the PDF report: counts with thousands separators, rates as percentages with the
// denominator named, changes with their sign, and months by name ("February 2027").
import type { Compared, EngagementRate, Platform } from '@brandwright/contracts';
import { DateTime } from 'luxon';

export const PLATFORM_NAMES: Record<Platform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  medium: 'Medium',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

export function monthName(month: string): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).toFormat('LLLL yyyy');
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

export function rate(value: EngagementRate | null): string {
  return value === null ? 'n/a' : `${(value.value * 100).toFixed(2)} %`;
}

export function change(figure: Compared | null): string {
  if (figure === null || figure.changePercent === null) return 'n/a';
  const sign = figure.changePercent > 0 ? '+' : '';
  return `${sign}${figure.changePercent.toFixed(1)} %`;
}

/** The change between two rates in percentage points, when both exist. */
export function rateChange(current: EngagementRate | null, previous: EngagementRate | null): string {
  if (current === null || previous === null) return 'n/a';
  const points = (current.value - previous.value) * 100;
  return `${points > 0 ? '+' : ''}${points.toFixed(2)} pts`;
}

/** A number from the evidence, with no more digits than it carries meaning for. */
export function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The local day an instant falls on in the report's zone. */
export function localDate(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toISODate() ?? instant.slice(0, 10);
}
