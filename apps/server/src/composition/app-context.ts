// The composition root's shapes: what tests and entry points may override when building the app,
// and what the built app hands back (the server, its stores, jobs, events and module services).
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Ai } from '../adapters/ai/index.js';
import type { AnalyticsReads, IngestionModule } from '../modules/analytics/index.js';
import type { BrandService } from '../modules/brand/index.js';
import type { CalendarService } from '../modules/calendar/index.js';
import type { ContentModule, GenerationService } from '../modules/content/index.js';
import type { InsightsModule } from '../modules/insights/index.js';
import type { PlatformsModule } from '../modules/platforms/index.js';
import type { PublishingModule } from '../modules/publishing/index.js';
import type { RecommendationsModule } from '../modules/recommendations/index.js';
import type { UsersService } from '../modules/users/index.js';
import type { VoiceService } from '../modules/voice/index.js';
import type { Database, DbCapabilities } from '../platform/db/index.js';
import type { EventBus } from '../platform/events/index.js';
import type { JobQueue } from '../platform/jobs/index.js';
import type { Kv } from '../platform/kv/index.js';
import type { judgeAddress, Resolver } from '../platform/net/index.js';
import type { VectorStore } from '../platform/vectors/index.js';
import type { PeriodicTask } from '../platform/worker/index.js';

export interface AppOverrides {
  /** An already-open database (tests); the app then does not close it. */
  database?: Database;
  kv?: Kv;
  /** Serve the built web app (default true). */
  serveWeb?: boolean;
  /** A prepared AI layer (tests pin its clock). */
  ai?: Ai;
  /** The current instant for date-dependent use cases (tests pin it); default the system clock. */
  clock?: () => Date;
  /** Where log lines go (tests capture them to prove no secret is logged). */
  logStream?: DestinationStream;
  /** Every request to the social platforms goes through this (tests count them). */
  platformFetch?: typeof fetch;
  /** DNS for the platforms' user-named hosts (tests give names private addresses); default the system's. */
  resolveHost?: Resolver;
  /** The address policy for feeds; tests that serve a feed on loopback allow 127.0.0.1 alone. */
  judgeAddress?: typeof judgeAddress;
}

export interface AppContext {
  app: FastifyInstance;
  database: Database;
  kv: Kv;
  capabilities: DbCapabilities;
  /** Text generation and embeddings (offline unless AI_PROVIDER is set). */
  ai: Ai;
  /** User-scoped similarity search (pgvector when present, the quantised fallback otherwise). */
  vectors: VectorStore;
  periodicTasks: PeriodicTask[];
  /** Background jobs (database table, or BullMQ with REDIS_URL); workers call jobs.start(). */
  jobs: JobQueue;
  /** Domain events (platform connection reminders, account deletion…). */
  events: EventBus;
  services: {
    users: UsersService;
    voice: VoiceService;
    brand: BrandService;
    content: ContentModule;
    generation: GenerationService;
    calendar: CalendarService;
    platforms: PlatformsModule;
    publishing: PublishingModule;
    analyticsReads: AnalyticsReads;
    analyticsIngestion: IngestionModule;
    recommendations: RecommendationsModule;
    /** Insights reports, the monthly job's sweep and the stored months. */
    insights: InsightsModule;
  };
  /** The control URL of the emulator the sandbox platforms use (in-process or EMULATOR_URL); absent when all are live. */
  sandboxUrl?: string;
  /** Base URL of the METRICS_PORT listener once the app is ready; undefined without it. */
  metricsUrl: () => string | undefined;
}
