// The entry dialog's form values and their conversion to the API's create/update body.
import type {
  CalendarEntry,
  CalendarFormat,
  CalendarStatus,
  CreateCalendarEntry,
  Platform,
} from '@brandwright/contracts';

export interface EntryValues {
  date: string;
  topic: string;
  /** '' for "no pillar". */
  pillar: string;
  format: CalendarFormat;
  platforms: Platform[];
  status: CalendarStatus;
}

/** Fields the dialog shows; server errors for other paths go into the form-level alert. */
export const ENTRY_FIELDS = ['date', 'topic', 'pillar', 'format', 'platforms', 'status'] as const;

export function valuesOf(entry: CalendarEntry): EntryValues {
  return {
    date: entry.date,
    topic: entry.topic,
    pillar: entry.pillar ?? '',
    format: entry.format,
    platforms: [...entry.platforms],
    status: entry.status,
  };
}

/** A new entry on `date`, with a topic and pillar already filled when a recommendation chose them. */
export function newValues(
  start: { date: string; topic?: string; pillar?: string },
  platforms: readonly Platform[],
): EntryValues {
  const { date, topic = '', pillar = '' } = start;
  return { date, topic, pillar, format: 'post', platforms: [...platforms], status: 'planned' };
}

export function toBody(values: EntryValues): CreateCalendarEntry {
  return {
    date: values.date,
    topic: values.topic,
    pillar: values.pillar === '' ? null : values.pillar,
    format: values.format,
    platforms: values.platforms,
    status: values.status,
  };
}
