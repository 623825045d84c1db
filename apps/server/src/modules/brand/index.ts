// Public surface of the brand module.
import type { Database } from '../../platform/db/index.js';
import type { UsersService } from '../users/index.js';
import { BrandRepository } from './brand.repository.js';
import { BrandService, type StrategyGenerator } from './brand.service.js';

export { brandRoutes } from './brand.routes.js';
export type { BrandService, StrategyGenerator } from './brand.service.js';

export function createBrandService(
  database: Database,
  users: UsersService,
  generator: StrategyGenerator,
): BrandService {
  return new BrandService(database, new BrandRepository(database.db), users, generator);
}
