// Test projects: `embedded` always runs (PGlite in memory, in-memory kv); `scaled` runs the same
// integration suites against PostgreSQL and/or Redis when DATABASE_URL / REDIS_URL are set.
import { defineConfig } from 'vitest/config';

const scaledBackends = [process.env.DATABASE_URL && 'postgres', process.env.REDIS_URL && 'redis'].filter(
  Boolean,
);

const shared = { root: '.', testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'embedded',
          // *.processes.test.ts need PostgreSQL: several processes share one database.
          exclude: ['**/node_modules/**', 'apps/server/src/**/*.processes.test.ts'],
          include: [
            'apps/server/src/**/*.test.ts',
            'packages/contracts/src/**/*.test.ts',
            'packages/emulator/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
          ],
          env: { TEST_BACKEND: 'embedded' },
        },
      },
      ...(scaledBackends.length > 0
        ? [
            {
              test: {
                ...shared,
                name: 'scaled',
                include: [
                  'apps/server/src/**/*.int.test.ts',
                  ...(process.env.DATABASE_URL ? ['apps/server/src/**/*.processes.test.ts'] : []),
                ],
                env: { TEST_BACKEND: 'scaled' },
              },
            },
          ]
        : []),
    ],
  },
});
