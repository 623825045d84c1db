import { describe, expect, it } from 'vitest';
import { checkLength } from './platform-limits.js';

describe('checkLength', () => {
  it('checks against the limit, which may be overridden', () => {
    expect(checkLength('x', 'a'.repeat(281))).toMatchObject({
      length: 281,
      limit: 280,
      fits: false,
      unit: 'weighted',
    });
    expect(checkLength('mastodon', 'a'.repeat(600), 1000).fits).toBe(true);
    expect(checkLength('medium', 'a'.repeat(50_000)).fits).toBe(true);
  });
});
