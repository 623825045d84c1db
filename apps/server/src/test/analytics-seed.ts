// The analytics test seeding, shared with tests of other modules (best times, benchmarks) that need
// tracked posts with metrics but must not reach into the analytics module's folder themselves.
export { analyticsGet, NOW, seedPost } from '../modules/analytics/test/analytics-read.fixtures.js';
