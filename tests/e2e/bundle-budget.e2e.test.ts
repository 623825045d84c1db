// The first-load JavaScript budget (issue 15: at most 150 KB compressed per route), read from the
// build `npm run test:e2e` has just made: a new static import that pulls a library into the login,
// home or editor first load fails here rather than showing up later as a slower app.
import { describe, expect, test } from 'vitest';
import { routeSizes } from '../../scripts/bench/web-size.js';

const BUDGET_BYTES = 150 * 1024;

describe('first-load JavaScript', () => {
  test.each(routeSizes('apps/web/dist'))('$route stays within 150 KB brotli', (size) => {
    expect(size.files).toBeGreaterThan(0);
    expect(size.brotliBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
