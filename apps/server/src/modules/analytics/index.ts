// Public surface of the analytics module: the data model's cache version, and the history slice
// (imports of CSV / X archives, and the backfill of an account's recent posts on connect).
export { analyticsVersion, bumpAnalyticsVersion } from './cache-version.js';
export { createHistory, type HistoryDeps, type HistoryModule } from './history.js';
