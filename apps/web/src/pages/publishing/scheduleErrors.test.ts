// The schedule dialog's errors land next to the field at fault: the server's "platforms.N" is the
// N-th platform of the request that was sent, and the client refuses what it can tell is wrong.
import { describe, expect, test } from 'vitest';
import { ApiError } from '../../api/errors';
import { previewFor } from '../../lib/publishPreview';
import { clientErrors, hasErrors, serverErrors } from './scheduleErrors';

function problem(code: string, fieldProblems: { path: string; message: string }[]) {
  return new ApiError({ status: 409, code, title: code, detail: 'Refused', fieldProblems });
}

describe('serverErrors', () => {
  test('maps platforms.N to the platform sent N-th, and scheduledFor to the time', () => {
    const error = problem('PLATFORM_NOT_CONNECTED', [
      { path: 'platforms.1', message: 'Mastodon is not connected' },
      { path: 'scheduledFor', message: 'Must not be in the past' },
      { path: 'platforms', message: 'Each platform once' },
      { path: 'somethingElse', message: 'Odd' },
    ]);
    expect(serverErrors(error, ['bluesky', 'mastodon'])).toEqual({
      platforms: { mastodon: 'Mastodon is not connected' },
      time: 'Must not be in the past',
      group: 'Each platform once',
      other: ['Odd'],
    });
  });

  test('a path beyond what was sent, or a non-API error, places nothing on a platform', () => {
    expect(serverErrors(problem('X', [{ path: 'platforms.5', message: 'Hm' }]), ['x'])).toEqual({
      platforms: {},
      other: ['Hm'],
    });
    expect(hasErrors(serverErrors(new Error('boom'), ['x']))).toBe(false);
  });
});

describe('clientErrors', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const post = { type: 'post' as const, title: null, bodyMarkdown: 'Hello', metadata: { hashtags: [] } };

  test('asks for a platform and a time that has not passed', () => {
    const errors = clientErrors(
      { mode: 'later', wall: { date: '2027-03-01', time: '12:30' }, platforms: [] },
      [],
      'Europe/Berlin',
      now,
    );
    // 12:30 in Berlin is 11:30 UTC: already past at 12:00 UTC.
    expect(errors.group).toBe('Pick at least one platform');
    expect(errors.time).toMatch(/has passed/);
    expect(
      hasErrors(
        clientErrors({ mode: 'now', wall: { date: '', time: '' }, platforms: ['x'] }, [], 'UTC', now),
      ),
    ).toBe(false);
  });

  test('puts a preview’s refusal on its platform, and skips the time for the queue', () => {
    const medium = previewFor({ ...post, type: 'article' }, 'medium');
    const errors = clientErrors(
      { mode: 'later', wall: { date: '', time: '' }, platforms: ['medium'] },
      [medium],
      'UTC',
      now,
      false,
    );
    expect(errors.platforms.medium).toMatch(/need a title/);
    expect(errors.date).toBeUndefined();
  });
});
