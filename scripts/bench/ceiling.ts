// The ceiling for bench:api: a bare Fastify server answering the same user lookup with the same
// driver (PGlite in the same data directory, or the same PostgreSQL), without auth, validation,
// rate limiting, logging or response schemas.
import { eq } from 'drizzle-orm';
import Fastify from 'fastify';
import { userProfiles, users } from '../../apps/server/src/modules/users/users.schema.js';
import { openDatabase } from '../../apps/server/src/platform/db/index.js';

const userId = process.env.BENCH_USER_ID ?? '';
const database = await openDatabase({
  url: process.env.DATABASE_URL,
  dataDir: `${process.env.DATA_DIR}/pglite`,
});
const app = Fastify({ logger: false });

app.get('/me', async () => {
  const [row] = await database.db
    .select()
    .from(users)
    .innerJoin(userProfiles, eq(userProfiles.userId, users.id))
    .where(eq(users.id, userId));
  return row;
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
