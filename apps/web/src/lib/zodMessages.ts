// Plain-language messages for zod's built-in checks ("Use at least 10 characters" rather than
// "Too small: expected string to have >=10 characters"). Passed per parse, so messages written into
// the contracts (e.g. "Pillar shares must sum to 100") still win.
import type { z } from 'zod';

function plural(count: number | bigint, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean): string | undefined {
  if (origin === 'string') return `Use at least ${plural(minimum, 'character')}.`;
  if (origin === 'array') return minimum === 1 ? 'Add at least one.' : `Add at least ${minimum}.`;
  if (origin === 'number' || origin === 'int') {
    return inclusive ? `Must be at least ${minimum}.` : `Must be more than ${minimum}.`;
  }
  return undefined;
}

function tooBig(origin: string, maximum: number | bigint): string | undefined {
  if (origin === 'string') return `Use at most ${plural(maximum, 'character')}.`;
  if (origin === 'array') return `At most ${maximum}.`;
  if (origin === 'number' || origin === 'int') return `Must be at most ${maximum}.`;
  return undefined;
}

/** A zod error map: returns undefined to keep zod's own message for anything not covered here. */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue.origin, issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      return tooBig(issue.origin, issue.maximum);
    case 'invalid_type':
      if (issue.expected === 'int') return 'Enter a whole number.';
      if (issue.expected === 'number') return 'Enter a number.';
      return issue.input === undefined ? 'Required.' : undefined;
    case 'invalid_value':
      return 'Pick one of the options.';
    default:
      return undefined;
  }
}
