// The housekeeping every worker process runs on an interval. Each task is idempotent, so several
// workers running the same one at once do no harm.
import type { IngestionModule } from '../modules/analytics/index.js';
import type { AuthModule } from '../modules/auth/index.js';
import type { ContentModule } from '../modules/content/index.js';
import type { InsightsModule } from '../modules/insights/index.js';
import type { PlatformsModule } from '../modules/platforms/index.js';
import type { PublishingModule } from '../modules/publishing/index.js';
import type { RecommendationsModule } from '../modules/recommendations/index.js';
import type { JobQueue } from '../platform/jobs/index.js';
import type { PeriodicTask } from '../platform/worker/index.js';

export interface PeriodicModules {
  auth: AuthModule;
  content: ContentModule;
  jobs: JobQueue;
  platforms: PlatformsModule;
  publishing: PublishingModule;
  analyticsIngestion: IngestionModule;
  recommendations: RecommendationsModule;
  insights: InsightsModule;
}

export function periodicTasks({
  auth,
  content,
  jobs,
  platforms,
  publishing,
  analyticsIngestion,
  recommendations,
  insights,
}: PeriodicModules): PeriodicTask[] {
  return [
    {
      name: 'purge-stale-refresh-tokens',
      everyMs: 3_600_000,
      run: () => auth.service.purgeStaleRefreshTokens(),
    },
    // Pieces whose embedding failed after a write, or that predate a change of embedding model.
    { name: 'backfill-content-embeddings', everyMs: 300_000, run: () => content.embeddings.backfill() },
    { name: 'purge-finished-jobs', everyMs: 3_600_000, run: () => jobs.purgeFinished() },
    // Refresh tokens about to lapse, expiry reminders and events, old OAuth states.
    { name: 'platform-connections', everyMs: 300_000, run: () => platforms.maintenance.run() },
    // Due items whose job was lost, and items a dead worker left half-published.
    { name: 'publishing-sweep', everyMs: 60_000, run: () => publishing.sweep() },
    { name: 'evergreen-requeue', everyMs: 900_000, run: () => publishing.evergreen() },
    // Untracked published items, reconnected accounts, and one fetch job per connection with due posts.
    { name: 'analytics-due', everyMs: 60_000, run: () => analyticsIngestion.sweepDue() },
    { name: 'analytics-accounts', everyMs: 900_000, run: () => analyticsIngestion.sweepAccounts() },
    // Feeds not fetched for 3 hours get a fetch job; cohort signals older than a day are re-read.
    { name: 'recommendation-feeds', everyMs: 900_000, run: () => recommendations.sweepFeeds() },
    { name: 'recommendation-signals', everyMs: 900_000, run: () => recommendations.refreshSignals() },
    // Last month's stored insights for each user whose zone has reached the 1st (one job per user
    // and month); every 15 minutes so a zone's midnight is caught within a quarter of an hour.
    { name: 'insights-monthly', everyMs: 900_000, run: () => insights.sweepMonthly() },
  ];
}
