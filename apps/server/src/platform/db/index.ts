// Database access for modules: the drizzle `Db`, transactions, migrations and capability detection.
export { type DbCapabilities, detectCapabilities } from './capabilities.js';
export {
  type Database,
  type DatabaseOptions,
  type Db,
  openDatabase,
  type PoolStats,
  queryRows,
} from './database.js';
export { migrationsFolder, runMigrations } from './migrate.js';
