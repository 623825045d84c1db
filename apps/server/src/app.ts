import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import packageJson from '../package.json' with { type: 'json' };
import { createAi } from './adapters/ai/index.js';
import { analyticsConnections, analyticsSessions, publishedItems } from './composition/analytics-access.js';
import type { AppContext, AppOverrides } from './composition/app-context.js';
import { fieldEncryption, openDataStores } from './composition/data-stores.js';
import { createLearning } from './composition/learning.js';
import { periodicTasks } from './composition/periodic-tasks.js';
import { platformAccess } from './composition/platform-access.js';
import { openSocialPlatforms, sandboxOrigins } from './composition/social-platforms.js';
import {
  createAnalyticsReads,
  createHistory,
  createIngestionModule,
  ownershipFrom,
  PerformanceRepository,
} from './modules/analytics/index.js';
import { authRoutes, createAuthModule } from './modules/auth/index.js';
import { brandRoutes, createBrandService } from './modules/brand/index.js';
import { calendarRoutes, createCalendarService } from './modules/calendar/index.js';
import {
  contentDraftSink,
  contentRoutes,
  createContentModule,
  createGenerationService,
  createScoreRoutes,
  entryDrafter,
  generationRoutes,
  publishableContent,
} from './modules/content/index.js';
import { createPlatformsModule, platformsRoutes } from './modules/platforms/index.js';
import { createPublishingModule, publishedPostIds } from './modules/publishing/index.js';
import { createReports } from './modules/reports/index.js';
import { avatarRoutes, createUsersService, usersRoutes } from './modules/users/index.js';
import { createVoiceService, voiceRoutes } from './modules/voice/index.js';
import type { Config } from './platform/config/index.js';
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
import { createJobQueue } from './platform/jobs/index.js';
import { RedisKv } from './platform/kv/index.js';
import { createVectorStore } from './platform/vectors/index.js';

export type { AppContext, AppOverrides } from './composition/app-context.js';
export { fieldEncryption, openDataStores, secretRotations } from './composition/data-stores.js';

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
  const zones = { timezoneOf: async (userId: string) => (await users.get(userId)).profile.timezone };
  const voice = createVoiceService(database);
  const brand = createBrandService(database, users, ai.generator);
  const content = createContentModule(database, {
    vectors,
    embedder: ai.embedder,
    // Runs only while serving requests, by when `app` exists.
    onEmbeddingFailure: (err, context) =>
      app.log.warn({ err, ...context }, 'content embedding failed; the backfill task will retry'),
  });
  const learning = createLearning({
    database,
    kv,
    jobs,
    vectors,
    embedder: ai.embedder,
    brand,
    users,
    content,
    clock,
    insightsWriter: ai.insightsWriter,
    net: overrides,
    // Runs only while serving, by when `app` exists.
    log: { warn: (details, message) => app.log.warn(details, message) },
  });
  const { engagementHistory, recommendations, bestTimes } = learning;
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
    zones,
    leaseMs: config.PUBLISH_LEASE_SECONDS * 1000,
    settleMs: config.PUBLISH_RECONCILE_DELAY_SECONDS * 1000,
  });
  const analyticsReads = createAnalyticsReads(database, {
    kv,
    clock,
    zones,
    content: ownershipFrom((userId, id) => content.content.get(userId, id)),
  });
  const reports = createReports({
    overview: analyticsReads.service,
    insights: learning.insights.service,
    history: new PerformanceRepository(database.db),
    zones,
    clock,
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
      await api.register(history.routes);
      await api.register(analyticsIngestion.routes);
      for (const routes of learning.routes) await api.register(routes);
      await api.register(reports.routes);
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
      insights: learning.insights,
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
      insights: learning.insights,
    },
    metricsUrl: () => metrics.url(),
    ...(sandbox.url ? { sandboxUrl: sandbox.url } : {}),
  };
}
