// A piece's badges: what matters now per platform, plus its live post; cancelled only as a last word.
import type { ScheduledItem } from '@brandwright/contracts';
import { describe, expect, test } from 'vitest';
import { badgeItems } from './itemSelection';

let n = 0;
function item(overrides: Partial<ScheduledItem>): ScheduledItem {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    contentId: '00000000-0000-4000-8000-000000000000',
    platform: 'x',
    scheduledFor: '2027-03-01T09:00:00Z',
    status: 'pending',
    source: 'manual',
    parts: { total: 1, published: 0 },
    attempts: 0,
    nextAttemptAt: null,
    problem: null,
    post: null,
    version: 1,
    createdAt: '2027-02-01T09:00:00Z',
    updatedAt: '2027-02-01T09:00:00Z',
    ...overrides,
  };
}

describe('badgeItems', () => {
  test('one badge per platform in the given order, the soonest pending first', () => {
    const later = item({ platform: 'x', scheduledFor: '2027-03-05T09:00:00Z' });
    const sooner = item({ platform: 'x', scheduledFor: '2027-03-02T09:00:00Z' });
    const bluesky = item({ platform: 'bluesky' });
    expect(badgeItems([later, bluesky, sooner], ['linkedin', 'x', 'bluesky'])).toEqual([sooner, bluesky]);
  });

  test('a problem outranks an upcoming post, and the live post is kept beside it', () => {
    const published = item({ status: 'published', scheduledFor: '2027-02-01T09:00:00Z' });
    const older = item({ status: 'published', scheduledFor: '2027-01-01T09:00:00Z' });
    const pending = item({ status: 'pending' });
    const attention = item({ status: 'needs_attention' });
    expect(badgeItems([older, pending, published, attention], ['x'])).toEqual([attention, published]);
  });

  test('cancelled shows only when nothing else is left on the platform', () => {
    const cancelled = item({ status: 'cancelled' });
    expect(badgeItems([cancelled], ['x'])).toEqual([cancelled]);
    const pending = item({ status: 'pending' });
    expect(badgeItems([cancelled, pending], ['x'])).toEqual([pending]);
  });
});
