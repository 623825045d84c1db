// Seeding tracked posts for modules built on analytics (insights, best times, benchmarks): the analytics fixtures, reached
// from here because a module may not import another module's files other than its index.
export { analyticsGet, NOW, seedPost, setZone } from '../modules/analytics/test/analytics-read.fixtures.js';
