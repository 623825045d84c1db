// Public surface of the users module.
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

export { avatarRoutes } from './avatar.routes.js';
export { UsersError } from './users.errors.js';
export { usersRoutes } from './users.routes.js';
export type { UserDeletedEvent, UserRoleChangedEvent, UsersService } from './users.service.js';

export function createUsersService(database: Database, events: EventBus): UsersService {
  return new UsersService(new UsersRepository(database.db), events);
}
