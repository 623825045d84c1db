// One calendar entry in its day cell: a drag handle (mouse, touch or keyboard), the topic (opens the
// edit dialog), pillar chip, format, platforms and status, a link to its draft once there is one, and
// the draft's scheduled and published posts.
import type { CalendarEntry, ScheduledItem } from '@brandwright/contracts';
import { useDraggable } from '@dnd-kit/core';
import { Link } from 'react-router';
import { FORMAT_LABELS, PLATFORMS, pillarClasses, STATUS_CLASSES, STATUS_LABELS } from './entryMeta';
import { ItemLines } from './ScheduledItems';

interface EntryCardProps {
  entry: CalendarEntry;
  pillars: readonly string[];
  onEdit: (entry: CalendarEntry) => void;
  /** True while this entry's move waits for the server. */
  saving: boolean;
  /** Scheduled and published posts of the entry's draft this month. */
  items: readonly ScheduledItem[];
  zone: string;
  /** -1 while the entry's day does not hold the grid's focus (the grid has one Tab stop). */
  tabIndex: number;
}

function GripIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <path d="M7 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm0 6a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Zm-1.5 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM16 16a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Z" />
    </svg>
  );
}

function PlatformList({ entry }: { entry: CalendarEntry }) {
  const labels = PLATFORMS.filter((p) => entry.platforms.includes(p.value));
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Platforms">
      {labels.map((p) => (
        <li
          key={p.value}
          title={p.label}
          className="rounded bg-white px-1 text-[10px] font-semibold text-slate-700 ring-1 ring-slate-300"
        >
          <span aria-hidden="true">{p.short}</span>
          <span className="sr-only">{p.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function EntryCard({ entry, pillars, onEdit, saving, items, zone, tabIndex }: EntryCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: entry.id,
    data: { entry },
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      aria-busy={saving || undefined}
      className={`relative space-y-1 rounded-lg border border-slate-200 bg-white p-1.5 text-xs shadow-sm ${
        isDragging ? 'z-20 shadow-lg ring-2 ring-indigo-500' : ''
      } ${saving ? 'opacity-70' : ''}`}
    >
      <div className="flex items-start gap-1">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="-ml-0.5 shrink-0 cursor-grab touch-none rounded p-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          {...attributes}
          {...listeners}
          aria-label={`Move ${entry.topic}`}
          // After the drag-and-drop attributes, which make every handle a Tab stop.
          tabIndex={tabIndex}
          data-move-handle={entry.id}
        >
          <GripIcon />
        </button>
        <button
          type="button"
          onClick={() => onEdit(entry)}
          tabIndex={tabIndex}
          className="line-clamp-3 text-left font-medium text-slate-900 hover:text-indigo-800 hover:underline"
        >
          {entry.topic}
        </button>
      </div>
      {entry.pillar && (
        <p
          className={`truncate rounded border px-1 text-[11px] ${pillarClasses(entry.pillar, pillars)}`}
          title={entry.pillar}
        >
          <span className="sr-only">Pillar: </span>
          {entry.pillar}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-1 text-slate-600">
        <span>{FORMAT_LABELS[entry.format]}</span>
        <PlatformList entry={entry} />
      </div>
      <p className="flex flex-wrap items-center gap-1">
        <span className="sr-only">Status: </span>
        <span className={`rounded-full px-1.5 text-[11px] font-medium ${STATUS_CLASSES[entry.status]}`}>
          {STATUS_LABELS[entry.status]}
        </span>
        {entry.contentId && (
          <Link
            to={`/content/${entry.contentId}`}
            // Many cards have this link: the topic tells them apart (the visible words come first).
            aria-label={`Open draft: ${entry.topic}`}
            tabIndex={tabIndex}
            className="font-semibold text-indigo-700 underline hover:text-indigo-900"
          >
            Open draft
          </Link>
        )}
      </p>
      <ItemLines items={items} day={entry.date} zone={zone} tabIndex={tabIndex} />
    </li>
  );
}
