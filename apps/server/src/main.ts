// Command-line entry: reads the configuration once, then runs what was asked.
//   start   API + worker + web app in one process (the embedded default)
//   api     the HTTP API (and web app) only      worker   background work only
//   migrate apply database migrations and exit    grant-admin <email> | revoke-admin <email>
//   rotate-keys  re-encrypt every stored secret under the current ENCRYPTION_KEY (safe while serving)
import { type AppContext, buildApp, fieldEncryption, openDataStores, secretRotations } from './app.js';
import { type Config, ConfigError, loadConfig } from './platform/config/index.js';
import { startPeriodicTasks } from './platform/worker/index.js';

type Command = 'start' | 'api' | 'worker' | 'migrate' | 'grant-admin' | 'revoke-admin' | 'rotate-keys';
const COMMANDS: Command[] = [
  'start',
  'api',
  'worker',
  'migrate',
  'grant-admin',
  'revoke-admin',
  'rotate-keys',
];

/** Idempotent: values already under the current key are left as they are. */
async function rotateKeys(config: Config): Promise<void> {
  const { database, kv } = await openDataStores(config);
  try {
    const encryption = fieldEncryption(config);
    let unreadable = 0;
    for (const rotation of secretRotations(database, encryption)) {
      const result = await rotation.run();
      unreadable += Object.values(result).reduce((sum, counts) => sum + counts.unreadable, 0);
      console.warn(`${rotation.name}: ${JSON.stringify(result)}`);
    }
    console.warn(`secrets are now under key ${encryption.currentKeyId}`);
    if (unreadable > 0) {
      console.error(`${unreadable} value(s) could not be decrypted with any configured key`);
      process.exitCode = 1;
    }
  } finally {
    await Promise.all([database.close(), kv.close()]);
  }
}

/** Demoting also ends the user's sessions (auth module): no admin token outlives the role. */
async function setRole(context: AppContext, command: 'grant-admin' | 'revoke-admin', email?: string) {
  if (!email) throw new Error(`usage: ${command} <email>`);
  const changed = await context.services.users.setRole(email, command === 'grant-admin' ? 'admin' : 'user');
  const done = command === 'grant-admin' ? 'is an admin' : 'is no longer an admin; their sessions were ended';
  console.warn(changed ? `${email} ${done}` : `${email}: no such user`);
  await context.app.close();
  process.exitCode = changed ? 0 : 1;
}

async function run(command: Command, args: string[], config: Config): Promise<void> {
  if (command === 'rotate-keys') return rotateKeys(config);
  if (command === 'migrate') {
    const { database, kv, capabilities } = await openDataStores(config);
    console.warn(
      `migrations applied (${database.kind}; pgvector ${capabilities.vector ? 'available' : 'not available'})`,
    );
    await Promise.all([database.close(), kv.close()]);
    return;
  }
  const context = await buildApp(config, { serveWeb: command !== 'worker' });
  if (command === 'grant-admin' || command === 'revoke-admin') return setRole(context, command, args[0]);
  const stopWorker =
    command === 'api' ? undefined : startPeriodicTasks(context.periodicTasks, context.app.log);
  if (command !== 'api') context.jobs.start({ concurrency: config.WORKER_CONCURRENCY });
  if (command !== 'worker') {
    await context.app.listen({ port: config.PORT, host: config.HOST });
    if (command === 'start')
      // The address platforms send the browser back to: open the app there, or OAuth cannot finish.
      context.app.log.info(`Brandwright is running on ${config.publicBaseUrl}`);
  } else {
    context.app.log.info('worker started');
  }
  installShutdown(
    async () => {
      await stopWorker?.();
      await context.app.close();
    },
    context.app.log,
    config.SHUTDOWN_TIMEOUT_MS,
  );
}

function installShutdown(
  close: () => Promise<void>,
  log: { info(msg: string): void; error(obj: unknown, msg: string): void },
  timeoutMs: number,
) {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info(`${signal} received: shutting down`);
    const force = setTimeout(() => {
      log.error({ timeoutMs }, 'graceful shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    force.unref();
    close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

async function main(): Promise<void> {
  const [given = 'start', ...args] = process.argv.slice(2);
  if (!COMMANDS.includes(given as Command)) {
    console.error(`Unknown command "${given}". Use one of: ${COMMANDS.join(', ')}`);
    process.exit(2);
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  await run(given as Command, args, config);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
