// Composition root: opens the database and kv, wires modules to platform services, and mounts the
// REST API under /api/v1 plus docs, health, metrics and the web app.
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import packageJson from '../package.json' with { type: 'json' };
import { type Ai, createAi } from './adapters/ai/index.js';
import { analyticsConnections, analyticsSessions, publishedItems } from './composition/analytics-access.js';
import { fieldEncryption, openDataStores } from './composition/data-stores.js';
import { publishedHistory } from './composition/engagement-history.js';
import { periodicTasks } from './composition/periodic-tasks.js';
import { platformAccess } from './composition/platform-access.js';
import { contentCoverage, feedFetch } from './composition/recommendations-access.js';
import { openSocialPlatforms, sandboxOrigins } from './composition/social-platforms.js';
import {
  type AnalyticsReads,
  createAnalyticsReads,
  createHistory,
  createIngestionModule,
  type IngestionModule,
  ownershipFrom,
  PerformanceRepository,
} from './modules/analytics/index.js';
import { authRoutes, createAuthModule } from './modules/auth/index.js';
import { type BrandService, brandRoutes, createBrandService } from './modules/brand/index.js';
import { type CalendarService, calendarRoutes, createCalendarService } from './modules/calendar/index.js';
import {
  type ContentModule,
  contentDraftSink,
  contentRoutes,
  createContentModule,
  createGenerationService,
  createScoreRoutes,
  entryDrafter,
  type GenerationService,
  generationRoutes,
  publishableContent,
} from './modules/content/index.js';
import {
  benchmarkInsights,
  bestTimeInsights,
  createBestTimesModule,
  createInsights,
} from './modules/insights/index.js';
import { createPlatformsModule, type PlatformsModule, platformsRoutes } from './modules/platforms/index.js';
import {
  createPublishingModule,
  type PublishingModule,
  publishedPostIds,
} from './modules/publishing/index.js';
import { createRecommendationsModule, type RecommendationsModule } from './modules/recommendations/index.js';
import { avatarRoutes, createUsersService, type UsersService, usersRoutes } from './modules/users/index.js';
import { createVoiceService, type VoiceService, voiceRoutes } from './modules/voice/index.js';
import type { Config } from './platform/config/index.js';
import type { Database, DbCapabilities } from './platform/db/index.js';
import { EventBus } from './platform/events/index.js';
import {
  createServer,
  findWebDist,
  installAuthentication,
  installCostBudgets,
  installObservability,
  installOpenApi,
  installRateLimit,
  installWebApp,
} from './platform/http/index.js';
import { createJobQueue, type JobQueue } from './platform/jobs/index.js';
import { type Kv, RedisKv } from './platform/kv/index.js';
import type { judgeAddress, Resolver } from './platform/net/index.js';
import { createVectorStore, type VectorStore } from './platform/vectors/index.js';
import type { PeriodicTask } from './platform/worker/index.js';

export { fieldEncryption, openDataStores, secretRotations } from './composition/data-stores.js';

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
  };
  /** The control URL of the emulator the sandbox platforms use (in-process or EMULATOR_URL); absent when all are live. */
  sandboxUrl?: string;
  /** Base URL of the METRICS_PORT listener once the app is ready; undefined without it. */
  metricsUrl: () => string | undefined;
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<AppContext> {
  const { database, capabilities, kv } = await openDataStores(config, overrides);
  const { sandbox, social } = await openSocialPlatforms(config, overrides);
  const clock = overrides.clock ?? (() => new Date());
  const events = new EventBus();
  const jobs = createJobQueue({
    database,
    redisUrl: config.REDIS_URL,
    redisPrefix: config.REDIS_PREFIX,
    leaseMs: config.JOB_LEASE_SECONDS * 1000,
    // Runs only while serving, by when `app` exists.
    onError: (err, job) => app.log.warn({ err, job }, 'job failed'),
  });
  const ai =
    overrides.ai ??
    // Logs only while generating, by when `app` exists.
    createAi(config, { log: { debug: (details, message) => app.log.debug(details, message) } });
  const vectors = createVectorStore(database, capabilities);
  // The HNSW index is per dimension, so it can only be made once the embedder's dimension is known.
  const indexed = ai.embedder.dimensions ? await vectors.ensureIndex(ai.embedder.dimensions) : false;
  const users = createUsersService(database, events);
  const voice = createVoiceService(database);
  const brand = createBrandService(database, users, ai.generator);
  const content = createContentModule(database, {
    vectors,
    embedder: ai.embedder,
    // Runs only while serving requests, by when `app` exists.
    onEmbeddingFailure: (err, context) =>
      app.log.warn({ err, ...context }, 'content embedding failed; the backfill task will retry'),
  });
  // What the user's posts earned: insights, best times, recommendations and the engagement model
  // (refitted when analytics' version moves) all read it.
  const performance = new PerformanceRepository(database.db);
  const engagementHistory = publishedHistory(performance, kv);
  const scoring = createScoreRoutes({ ai, voice, brand, history: engagementHistory });
  const generation = createGenerationService({
    database,
    ai,
    vectors,
    voice,
    brand,
    drafts: contentDraftSink(content.content),
    history: engagementHistory,
    templates: content.templates,
    content: content.content,
  });
  const recommendations = createRecommendationsModule({
    database,
    queue: jobs,
    vectors,
    embedder: ai.embedder,
    performance,
    strategies: brand,
    profiles: users,
    coverage: contentCoverage(content),
    fetch: feedFetch(overrides),
    clock,
  });
  // Best times and peer benchmarks (insights): the calendar planner prefers the user's best weekdays.
  const bestTimes = createBestTimesModule({
    database,
    history: performance,
    profiles: { profileOf: async (userId) => (await users.get(userId)).profile },
    clock,
  });
  const calendar = createCalendarService(database, {
    users,
    brand,
    clock,
    drafter: entryDrafter(generation),
    topics: { suggestions: recommendations.suggestions },
    bestDays: bestTimes.weekdayPreference,
  });
  const platforms = createPlatformsModule({
    database,
    platforms: social,
    encryption: fieldEncryption(config),
    users,
    events,
    clock,
    // Runs only while serving, by when `app` exists.
    log: { warn: (details, message) => app.log.warn(details, message) },
  });
  const publishing = createPublishingModule({
    database,
    jobs,
    events,
    clock,
    platforms: platformAccess(platforms),
    content: publishableContent(content.content),
    zones: { timezoneOf: async (userId) => (await users.get(userId)).profile.timezone },
    leaseMs: config.PUBLISH_LEASE_SECONDS * 1000,
    settleMs: config.PUBLISH_RECONCILE_DELAY_SECONDS * 1000,
  });
  const analyticsReads = createAnalyticsReads(database, {
    kv,
    clock,
    zones: { timezoneOf: async (userId) => (await users.get(userId)).profile.timezone },
    content: ownershipFrom((userId, id) => content.content.get(userId, id)),
  });
  // Insights: the month's patterns, plus best times and the peer benchmark as extra producers.
  const insights = createInsights({
    history: performance,
    extraInsights: [
      bestTimeInsights({ bestTimes: bestTimes.bestTimes }),
      benchmarkInsights({ benchmarks: bestTimes.benchmarks }),
    ],
    kv,
    clock,
    zones: { timezoneOf: async (userId) => (await users.get(userId)).profile.timezone },
    // Runs only while serving, by when `app` exists.
    log: { warn: (details, message) => app.log.warn(details, message) },
  });
  const history = createHistory({
    database,
    kv,
    jobs,
    events,
    clock,
    voice,
    withSession: platforms.withSession,
    publishedIds: publishedPostIds,
  });
  const analyticsIngestion = createIngestionModule({
    database,
    kv,
    queue: jobs,
    events,
    clock,
    sessions: analyticsSessions(platforms),
    connections: analyticsConnections(platforms),
    published: publishedItems(publishing),
    // Runs only while serving, by when `app` exists.
    onTrackingError: (err) => app.log.warn({ err }, 'analytics tracking not queued; the sweep will track it'),
  });
  const auth = createAuthModule({
    database,
    kv,
    events,
    users,
    jwtSecret: config.JWT_SECRET,
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
    throttle: {
      perAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: config.LOGIN_MAX_FAILURES_PER_IP,
      windowSeconds: config.LOGIN_THROTTLE_WINDOW_SECONDS,
    },
  });

  const https = config.PUBLIC_URL?.startsWith('https://') ?? false;
  const app = await createServer({
    logLevel: config.LOG_LEVEL,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    corsOrigins: config.CORS_ORIGINS,
    https,
    // Human-readable logs when a developer watches a terminal; JSON everywhere else.
    prettyLogs: config.NODE_ENV === 'development' && process.stdout.isTTY === true,
    // The sandbox's consent pages and avatars are served by the emulator.
    imageSources: sandboxOrigins(sandbox),
    ...(overrides.logStream ? { logStream: overrides.logStream } : {}),
  });
  for (const note of sandbox.notes) app.log.info(note);
  app.log.info({ database: database.kind, kv: kv.kind, pgvector: capabilities.vector }, 'data stores ready');
  app.log.info(
    { ai: ai.describe, embeddings: ai.embedder.model, vectors: vectors.mode, indexed },
    'AI ready',
  );
  if (!capabilities.vector)
    app.log.warn(
      'pgvector is not available: similarity search will shortlist by quantised codes and rank exactly',
    );

  installAuthentication(app, auth.accessTokens);
  const metrics = installObservability(
    app,
    () => database.poolStats(),
    [
      { name: 'database', check: () => database.ping() },
      ...(kv.kind === 'redis' ? [{ name: 'redis', check: () => kv.ping() }] : []),
    ],
    { token: config.METRICS_TOKEN, port: config.METRICS_PORT, host: config.HOST },
  );
  if (!config.METRICS_TOKEN && config.METRICS_PORT === undefined)
    app.log.info('metrics are not served: set METRICS_PORT or METRICS_TOKEN to expose /metrics');
  await installOpenApi(app, packageJson.version);
  const webDist = overrides.serveWeb === false ? undefined : findWebDist(config.WEB_DIST_DIR);
  await app.register(
    async (api) => {
      // zod compilers only for REST routes (GraphQL, added later, brings its own).
      api.setValidatorCompiler(validatorCompiler);
      api.setSerializerCompiler(serializerCompiler);
      await installRateLimit(api, {
        perMinute: config.RATE_LIMIT_PER_MINUTE,
        redis: kv instanceof RedisKv ? kv.client : undefined,
        redisPrefix: config.REDIS_PREFIX,
      });
      installCostBudgets(api, {
        kv,
        perMinute: {
          generation: config.RATE_LIMIT_GENERATION_PER_MINUTE,
          assessment: config.RATE_LIMIT_ASSESSMENT_PER_MINUTE,
          connect: config.RATE_LIMIT_CONNECT_PER_MINUTE,
        },
      });
      await api.register(
        authRoutes(auth.service, { refreshTtlDays: config.REFRESH_TOKEN_TTL_DAYS, secureCookies: https }),
      );
      await api.register(usersRoutes(users));
      await api.register(avatarRoutes(users));
      await api.register(voiceRoutes(voice));
      await api.register(brandRoutes(brand));
      await api.register(contentRoutes(content));
      await api.register(publishing.routes);
      await api.register(generationRoutes(generation));
      await api.register(scoring);
      await api.register(calendarRoutes(calendar));
      await api.register(analyticsReads.routes);
      await api.register(insights.routes);
      await api.register(history.routes);
      await api.register(analyticsIngestion.routes);
      await api.register(recommendations.routes);
      await api.register(bestTimes.routes);
      await api.register(
        platformsRoutes(
          { platforms: platforms.service, connect: platforms.connect },
          {
            publicBaseUrl: config.publicBaseUrl,
            publicUrl: config.PUBLIC_URL,
            secureCookies: https,
            webApp: webDist !== undefined,
          },
        ),
      );
    },
    { prefix: '/api/v1' },
  );

  if (webDist) await installWebApp(app, webDist);
  else if (overrides.serveWeb !== false)
    app.log.warn('web app not built (apps/web/dist missing): serving the API only');

  app.addHook('onClose', async () => {
    await jobs.close();
    await sandbox.emulator?.close();
    if (!overrides.kv) await kv.close();
    if (!overrides.database) await database.close();
  });

  return {
    app,
    database,
    kv,
    capabilities,
    ai,
    vectors,
    periodicTasks: periodicTasks({
      auth,
      content,
      jobs,
      platforms,
      publishing,
      analyticsIngestion,
      recommendations,
    }),
    jobs,
    events,
    services: {
      users,
      voice,
      brand,
      content,
      generation,
      calendar,
      platforms,
      publishing,
      analyticsReads: analyticsReads.service,
      analyticsIngestion,
      recommendations,
    },
    metricsUrl: () => metrics.url(),
    ...(sandbox.url ? { sandboxUrl: sandbox.url } : {}),
  };
}
