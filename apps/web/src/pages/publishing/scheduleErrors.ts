// Places the schedule dialog's errors next to their fields: the client's own checks before sending,
// and the server's problem+json errors[] (path "platforms.N" is the N-th platform of the request
// that was sent; "scheduledFor" is the date and time).
import type { Platform } from '@brandwright/contracts';
import { isApiError } from '../../api/errors';
import type { PlatformPreview } from '../../lib/publishPreview';
import { type WallTime, wallTimeToInstant } from '../../lib/zonedTime';

export interface ScheduleErrors {
  platforms: Partial<Record<Platform, string>>;
  /** "Pick at least one platform". */
  group?: string;
  date?: string;
  time?: string;
  /** Messages no field can show. */
  other: string[];
}

export const NO_ERRORS: ScheduleErrors = { platforms: {}, other: [] };

export function hasErrors(errors: ScheduleErrors): boolean {
  return Boolean(
    errors.group ||
      errors.date ||
      errors.time ||
      errors.other.length > 0 ||
      Object.keys(errors.platforms).length > 0,
  );
}

/** Server errors, with `sent` the platforms in the order the request listed them. */
export function serverErrors(error: unknown, sent: readonly Platform[]): ScheduleErrors {
  const result: ScheduleErrors = { platforms: {}, other: [] };
  if (!isApiError(error)) return result;
  for (const { path, message } of error.fieldProblems) {
    const match = /^platforms\.(\d+)$/.exec(path);
    const platform = match ? sent[Number(match[1])] : undefined;
    if (platform) result.platforms[platform] ??= message;
    else if (path === 'platforms') result.group ??= message;
    else if (path === 'scheduledFor') result.time ??= message;
    else result.other.push(message);
  }
  return result;
}

export interface ScheduleInput {
  mode: 'now' | 'later';
  wall: WallTime;
  platforms: readonly Platform[];
}

/** What the client can tell before sending: no platform, a missing or past time, a piece that does not fit. */
export function clientErrors(
  input: ScheduleInput,
  previews: readonly PlatformPreview[],
  zone: string,
  now: Date = new Date(),
  checkTime = true,
): ScheduleErrors {
  const result: ScheduleErrors = { platforms: {}, other: [] };
  if (input.platforms.length === 0) result.group = 'Pick at least one platform';
  for (const preview of previews)
    if (input.platforms.includes(preview.platform) && preview.problem)
      result.platforms[preview.platform] = `${preview.problem}.`;
  if (input.mode === 'later' && checkTime)
    Object.assign(
      result,
      timeErrors(input.wall, zone, now, 'This time has passed: choose a later one, or publish now'),
    );
  return result;
}

/** A wall time that does not exist in the zone, or has passed (a minute of grace), on its field. */
export function timeErrors(
  wall: WallTime,
  zone: string,
  now: Date = new Date(),
  whenPast = 'This time has passed: choose a later one',
): { date?: string; time?: string } {
  const instant = wallTimeToInstant(wall, zone);
  if (!instant.ok) return { [instant.field === 'time' ? 'time' : 'date']: instant.message };
  return new Date(instant.iso).getTime() < now.getTime() - 60_000 ? { time: whenPast } : {};
}
