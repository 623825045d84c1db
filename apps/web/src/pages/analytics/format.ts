// Number, percentage and platform formatting shared by the analytics pages.
import type { EngagementRate, Platform } from '@brandwright/contracts';

export const PLATFORM_LABELS: Record<Platform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  medium: 'Medium',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');

export function formatCount(value: number): string {
  return Math.abs(value) >= 10_000 ? compact.format(value) : whole.format(Math.round(value));
}

export function formatRate(rate: EngagementRate | null): string {
  return rate ? `${(rate.value * 100).toFixed(rate.value < 0.1 ? 2 : 1)} %` : '—';
}

/** "of impressions" / "of followers at posting": the denominator said in words. */
export function denominatorLabel(
  rate: EngagementRate | { denominator: EngagementRate['denominator'] },
): string {
  return rate.denominator === 'impressions' ? 'of impressions' : 'of followers at posting';
}

export function formatChange(change: number | null): string {
  if (change === null) return 'no earlier figure';
  return `${change > 0 ? '+' : ''}${change.toFixed(1)} %`;
}

/** A YYYY-MM-DD day as "3 Mar"; a full instant (a snapshot's observation time) as "3 Mar, 14:00" local. */
export function formatDay(day: string): string {
  if (day.length > 10)
    return new Date(day).toLocaleString('en', {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
