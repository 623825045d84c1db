// One day of the calendar grid: a cell (a gridcell, under the grid) holding the day's heading, a + to add an entry, the day's
// entries and its posts. The grid has one Tab stop: only the active day is in the Tab order, and its
// own controls follow it (other days' controls are tabIndex -1 until arrows bring focus there). Keys
// pressed on the cell itself move the focus (gridKeys.ts) or, with Enter, add an entry on the day;
// keys on the controls inside (a keyboard drag of an entry, say) are left to them.
import type { CalendarEntry } from '@brandwright/contracts';
import { useDroppable } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';
import { dayLabel, dayNumber } from './calendarDates';
import { EntryCard } from './EntryCard';
import { dayAfterKey } from './gridKeys';
import type { MonthSchedule } from './ScheduledItems';
import { UnlinkedPosts } from './ScheduledItems';

export interface DayCellProps {
  day: string;
  today: string;
  /** The day holding the grid's Tab stop. */
  active: boolean;
  entries: CalendarEntry[];
  pillars: readonly string[];
  movingId: string | null;
  schedule: MonthSchedule;
  /** Registers the cell's element, so the grid can focus it. */
  cellRef: (day: string, element: HTMLElement | null) => void;
  /** The focus goes (`focus`: is to be moved) to `day`, which may be in another month. */
  onCursor: (day: string, focus: boolean) => void;
  onEdit: (entry: CalendarEntry) => void;
  onAdd: (date: string) => void;
}

function countLabel(entries: number, posts: number): string {
  const parts = [entries === 1 ? '1 entry' : `${entries || 'no'} entries`];
  if (posts > 0) parts.push(posts === 1 ? '1 post' : `${posts} posts`);
  return parts.join(', ');
}

function cellClasses(isOver: boolean, isToday: boolean, past: boolean): string {
  const base =
    'flex min-h-14 flex-col gap-1 rounded-lg border p-1.5 sm:min-h-28 focus:outline-3 focus:outline-offset-1 focus:outline-indigo-600';
  if (isOver) return `${base} border-indigo-500 bg-indigo-50`;
  if (isToday) return `${base} border-2 border-indigo-600 bg-white`;
  return past ? `${base} border-slate-200 bg-slate-100` : `${base} border-slate-200 bg-white`;
}

export function DayCell(props: DayCellProps) {
  const { day, today, active, entries, pillars, movingId, schedule, cellRef, onCursor, onEdit, onAdd } =
    props;
  const { setNodeRef, isOver } = useDroppable({ id: day });
  const label = dayLabel(day);
  const isToday = day === today;
  const past = day < today;
  const tabIndex = active ? 0 : -1;
  const posts = schedule.unlinkedByDay.get(day)?.length ?? 0;

  function onKeyDown(event: KeyboardEvent<HTMLTableCellElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onAdd(day);
      return;
    }
    const next = dayAfterKey(event, day);
    if (next === null) return;
    event.preventDefault();
    onCursor(next, true);
  }

  return (
    <td
      ref={(element) => {
        setNodeRef(element);
        cellRef(day, element);
      }}
      tabIndex={tabIndex}
      aria-current={isToday ? 'date' : undefined}
      data-day={day}
      onKeyDown={onKeyDown}
      // Focus landing anywhere in the day (a click, a moved entry) makes it the grid's Tab stop.
      onFocus={() => {
        if (!active) onCursor(day, false);
      }}
      className={cellClasses(isOver, isToday, past)}
    >
      <div className="flex items-center justify-between gap-1">
        <h3 className={`text-sm font-semibold ${past ? 'text-slate-600' : 'text-slate-800'}`}>
          <span aria-hidden="true" className="hidden sm:inline">
            {dayNumber(day)}
          </span>
          <span className="sm:sr-only">{label}</span>
          {/* Said first on arrival (the cell is named by its content): past, and what the day holds. */}
          <span className="sr-only">
            {past ? ', past' : ''}: {countLabel(entries.length, posts)}
          </span>
          {isToday && (
            <span className="ml-1 rounded-full bg-indigo-700 px-1.5 py-0.5 text-[10px] font-semibold text-white">
              Today
            </span>
          )}
        </h3>
        <button
          type="button"
          tabIndex={tabIndex}
          onClick={() => onAdd(day)}
          className="rounded px-1.5 text-base leading-6 font-semibold text-slate-600 hover:bg-slate-200 hover:text-indigo-800"
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
              tabIndex={tabIndex}
            />
          ))}
        </ul>
      )}
      <UnlinkedPosts day={day} schedule={schedule} tabIndex={tabIndex} />
    </td>
  );
}
