// Public surface of the calendar module.
import type { Database } from '../../platform/db/index.js';
import { CalendarRepository } from './calendar.repository.js';
import {
  type BestDaysSource,
  CalendarService,
  type EntryDrafter,
  type ProfileSource,
  type StrategySource,
  type TopicSuggestions,
} from './calendar.service.js';

export { calendarRoutes } from './calendar.routes.js';
export type {
  BestDaysSource,
  CalendarService,
  EntryDrafter,
  TopicSuggestions,
} from './calendar.service.js';

export function createCalendarService(
  database: Database,
  ports: {
    users: ProfileSource;
    brand: StrategySource;
    clock: () => Date;
    drafter?: EntryDrafter;
    topics?: TopicSuggestions;
    bestDays?: BestDaysSource;
  },
): CalendarService {
  return new CalendarService({ database, repository: new CalendarRepository(database.db), ...ports });
}
