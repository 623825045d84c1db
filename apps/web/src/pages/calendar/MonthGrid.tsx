// The month as a grid of days, Monday first. Each day is a list item with a heading and a list of
// its entries, so screen readers can move day by day; entries move between days by drag and drop,
// with the keyboard (arrow keys jump a day or a week) and spoken announcements. Scheduled posts show
// under their entry, or on their own on the day they go out.
import type { CalendarEntry } from '@brandwright/contracts';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMemo } from 'react';
import { dayLabel, dayNumber, daysOfMonth, leadingBlanks, WEEKDAYS } from './calendarDates';
import { EntryCard } from './EntryCard';
import { dayKeyboardCoordinates } from './keyboardMoves';
import { type MonthSchedule, UnlinkedPosts } from './ScheduledItems';

interface MonthGridProps {
  month: string;
  today: string;
  entries: readonly CalendarEntry[];
  pillars: readonly string[];
  /** Id of the entry whose move is waiting for the server, if any. */
  movingId: string | null;
  schedule: MonthSchedule;
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

/** Static class names, so Tailwind generates them. */
const FIRST_COLUMN = [
  'sm:col-start-1',
  'sm:col-start-2',
  'sm:col-start-3',
  'sm:col-start-4',
  'sm:col-start-5',
  'sm:col-start-6',
  'sm:col-start-7',
];

interface DayCellProps extends Omit<MonthGridProps, 'month' | 'today' | 'entries' | 'onMove'> {
  day: string;
  column: string | undefined;
  isToday: boolean;
  entries: CalendarEntry[];
}

function DayCell({
  day,
  column,
  isToday,
  entries,
  pillars,
  movingId,
  schedule,
  onEdit,
  onAdd,
}: DayCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: day });
  const label = dayLabel(day);
  return (
    <li
      ref={setNodeRef}
      aria-current={isToday ? 'date' : undefined}
      className={`flex min-h-14 flex-col gap-1 rounded-lg border p-1.5 sm:min-h-28 ${column ?? ''} ${
        isOver
          ? 'border-indigo-500 bg-indigo-50'
          : isToday
            ? 'border-indigo-300 bg-white'
            : 'border-slate-200 bg-white'
      }`}
    >
      <div className="flex items-center justify-between gap-1">
        <h3 id={`day-${day}`} tabIndex={-1} className="text-sm font-semibold text-slate-800">
          <span aria-hidden="true" className="hidden sm:inline">
            {dayNumber(day)}
          </span>
          <span className="sm:sr-only">{label}</span>
          {isToday && (
            <span className="ml-1 rounded-full bg-indigo-700 px-1.5 py-0.5 text-[10px] font-semibold text-white">
              Today
            </span>
          )}
        </h3>
        <button
          type="button"
          onClick={() => onAdd(day)}
          className="rounded px-1.5 text-base leading-6 font-semibold text-slate-500 hover:bg-slate-100 hover:text-indigo-800"
        >
          <span aria-hidden="true">+</span>
          <span className="sr-only">Add an entry on {label}</span>
        </button>
      </div>
      {entries.length > 0 && (
        <ul className="space-y-1" aria-label={`Entries on ${label}`}>
          {entries.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              pillars={pillars}
              onEdit={onEdit}
              saving={movingId === entry.id}
              items={entry.contentId ? (schedule.byContent.get(entry.contentId) ?? []) : []}
              zone={schedule.zone}
            />
          ))}
        </ul>
      )}
      <UnlinkedPosts day={day} schedule={schedule} />
    </li>
  );
}

export function MonthGrid({ month, today, entries, onMove, ...cell }: MonthGridProps) {
  const days = useMemo(() => daysOfMonth(month), [month]);
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

  function onDragEnd({ active, over }: DragEndEvent) {
    const entry = entryOf(active.data.current);
    if (!entry || !over || over.id === entry.date) return;
    onMove(entry, String(over.id));
  }

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions }}
    >
      <div aria-hidden="true" className="hidden grid-cols-7 gap-1 pb-1 sm:grid">
        {WEEKDAYS.map((name) => (
          <div key={name} className="px-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {name}
          </div>
        ))}
      </div>
      <ol className="grid grid-cols-1 gap-1 sm:grid-cols-7">
        {days.map((day, index) => (
          <DayCell
            key={day}
            day={day}
            // The 1st starts under its weekday (no placeholder cells, which would be empty list items).
            column={index === 0 ? FIRST_COLUMN[leadingBlanks(month)] : undefined}
            isToday={day === today}
            entries={byDay.get(day) ?? []}
            {...cell}
          />
        ))}
      </ol>
    </DndContext>
  );
}
