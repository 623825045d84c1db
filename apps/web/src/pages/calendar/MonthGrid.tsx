// The month as an ARIA grid (WAI-ARIA APG date grid), Monday first: a row of weekday column headers,
// then one row per week of day cells (DayCell). The grid is one Tab stop (roving tabindex on the
// active day); arrows, Home/End and PageUp/PageDown move between days (gridKeys.ts), into the next or
// previous month too, and the grid focuses the requested day once its month is on screen. Entries
// move between days by drag and drop, with the keyboard through each entry's handle (keyboardMoves.ts)
// and spoken announcements. Scheduled posts show under their entry, or on their own day.
import type { CalendarEntry } from '@brandwright/contracts';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useEffect, useMemo, useRef } from 'react';
import { dayLabel, weekdayNames, weeksOfMonth } from './calendarDates';
import { DayCell, type DayCellProps } from './DayCell';
import { dayKeyboardCoordinates } from './keyboardMoves';
import type { MonthSchedule } from './ScheduledItems';

/** The day the grid's focus is on, and whether it is still to be moved there. */
export interface GridCursor {
  day: string;
  focus: boolean;
}

interface MonthGridProps {
  month: string;
  today: string;
  /** Id of the element naming the grid (the month heading). */
  labelledBy: string;
  cursor: GridCursor | null;
  entries: readonly CalendarEntry[];
  pillars: readonly string[];
  /** Id of the entry whose move is waiting for the server, if any. */
  movingId: string | null;
  schedule: MonthSchedule;
  onCursor: (day: string, focus: boolean) => void;
  onEdit: (entry: CalendarEntry) => void;
  onAdd: (date: string) => void;
  onMove: (entry: CalendarEntry, date: string) => void;
}

function entryOf(data: unknown): CalendarEntry | null {
  const value = (data as { entry?: CalendarEntry } | undefined)?.entry;
  return value ?? null;
}

const announcements: Announcements = {
  onDragStart: ({ active }) => {
    const entry = entryOf(active.data.current);
    return entry ? `Picked up ${entry.topic}, on ${dayLabel(entry.date)}.` : 'Picked up an entry.';
  },
  onDragOver: ({ over }) => (over ? `Over ${dayLabel(String(over.id))}.` : 'Not over a day of this month.'),
  onDragEnd: ({ active, over }) => {
    const topic = entryOf(active.data.current)?.topic ?? 'The entry';
    return over ? `Dropped ${topic} on ${dayLabel(String(over.id))}.` : `${topic} was not moved.`;
  },
  onDragCancel: ({ active }) => {
    const entry = entryOf(active.data.current);
    return entry ? `Move cancelled. ${entry.topic} stays on ${dayLabel(entry.date)}.` : 'Move cancelled.';
  },
};

const screenReaderInstructions = {
  draggable:
    'To move this entry to another day, press Space or Enter to pick it up. Left and right arrows move it ' +
    'a day, up and down arrows a week. Press Space or Enter to drop it, or Escape to cancel.',
};

/** The day holding the Tab stop: the cursor's when it is in this month, else today or the 1st. */
function activeDayOf(month: string, today: string, cursor: GridCursor | null): string {
  if (cursor?.day.startsWith(month)) return cursor.day;
  return today.startsWith(month) ? today : `${month}-01`;
}

function WeekdayHeaders() {
  const short = weekdayNames('short');
  const long = weekdayNames('long');
  return (
    // Read as column headers; on a phone the days stack, so the row is only for screen readers.
    <thead className="sr-only sm:not-sr-only sm:block">
      <tr className="grid grid-cols-7 gap-1 pb-1">
        {short.map((name, i) => (
          <th
            key={name}
            scope="col"
            className="px-1.5 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase"
          >
            <span aria-hidden="true">{name}</span>
            <span className="sr-only">{long[i]}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Focuses the cursor's day once it is on screen (after a month change, the new month's render). */
function useFocusCursor(month: string, cursor: GridCursor | null) {
  const cells = useRef(new Map<string, HTMLElement>());
  useEffect(() => {
    if (cursor?.focus && cursor.day.startsWith(month)) cells.current.get(cursor.day)?.focus();
  }, [cursor, month]);
  return (day: string, element: HTMLElement | null) => {
    if (element) cells.current.set(day, element);
    else cells.current.delete(day);
  };
}

export function MonthGrid({ month, today, labelledBy, cursor, entries, onMove, ...cell }: MonthGridProps) {
  const weeks = useMemo(() => weeksOfMonth(month), [month]);
  const byDay = useMemo(() => {
    const map = new Map<string, CalendarEntry[]>();
    for (const entry of entries) map.set(entry.date, [...(map.get(entry.date) ?? []), entry]);
    return map;
  }, [entries]);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: dayKeyboardCoordinates }),
  );
  const cellRef = useFocusCursor(month, cursor);
  const active = activeDayOf(month, today, cursor);

  function onDragEnd({ active, over }: DragEndEvent) {
    const entry = entryOf(active.data.current);
    if (!entry || !over || over.id === entry.date) return;
    onMove(entry, String(over.id));
  }

  const cellProps = (day: string): DayCellProps => ({
    ...cell,
    day,
    today,
    active: day === active,
    entries: byDay.get(day) ?? [],
    cellRef,
  });
  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions }}
    >
      {/* A table for its grid semantics (rows, column headers, cells), laid out as CSS grid rows so
          the days can stack on a phone; Chromium keeps the roles under role="grid". */}
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG date grid is a table with role="grid" */}
      <table role="grid" aria-labelledby={labelledBy} className="block w-full">
        <WeekdayHeaders />
        <tbody className="block space-y-1">
          {weeks.map((week) => (
            <tr key={week.find(Boolean)} className="grid grid-cols-1 gap-1 sm:grid-cols-7">
              {week.map((day, i) =>
                day ? (
                  <DayCell key={day} {...cellProps(day)} />
                ) : (
                  // Days of the months around: an empty cell keeps seven columns (hidden on a phone).
                  // biome-ignore lint/suspicious/noArrayIndexKey: blanks have no identity but their place
                  <td key={`blank-${i}`} className="hidden sm:block" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </DndContext>
  );
}
