// Turns stored calendar rows into the public shape of the contracts.
import type { CalendarEntry } from '@brandwright/contracts';
import type { EntryRow } from './calendar.repository.js';

export function presentEntry(row: EntryRow): CalendarEntry {
  return {
    id: row.id,
    date: row.date,
    topic: row.topic,
    pillar: row.pillar,
    format: row.format,
    platforms: row.platforms,
    status: row.status,
    contentId: row.contentId,
    origin: row.origin,
    version: row.version,
  };
}
