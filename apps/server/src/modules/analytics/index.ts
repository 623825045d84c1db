// Public surface of the analytics module.
export { analyticsVersion, bumpAnalyticsVersion } from './cache-version.js';
export { createIngestionModule, type IngestionModule } from './ingestion.module.js';
export {
  type AnalyticsConnections,
  AnalyticsDisconnectedError,
  type AnalyticsSessions,
  type PublishedItems,
} from './ingestion.ports.js';
