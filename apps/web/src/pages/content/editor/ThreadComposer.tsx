// The thread composer for X, Bluesky and Mastodon: one box per part with its own counters, parts
// added, removed, dragged into order (dnd-kit, pointer or keyboard) or moved with Move up / Move
// down buttons. It writes the piece's text in the server's thread format (parts separated by a
// blank line), so saving, autosave and the previews see exactly what the parts say.
import type { Platform } from '@brandwright/contracts';
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import type { AccountLimits } from '../../../lib/platformLength';
import { ThreadPartCard } from './ThreadPartCard';
import {
  addPart,
  canAddPart,
  editPart,
  movePart,
  partsOf,
  removePart,
  type ThreadPart,
  textOf,
} from './threadParts';

interface ThreadComposerProps {
  value: string;
  platforms: readonly Platform[];
  accountLimits: AccountLimits;
  onChange: (value: string) => void;
}

/** Puts focus back on the moved part's button of the same kind once React has reordered the list. */
function refocus(list: HTMLElement | null, partId: string, selector: string) {
  requestAnimationFrame(() => {
    const card = list?.querySelector<HTMLElement>(`[data-part-id="${partId}"]`);
    const target =
      card?.querySelector<HTMLElement>(`${selector}:not(:disabled)`) ?? card?.querySelector('textarea');
    target?.focus();
  });
}

export function ThreadComposer({ value, platforms, accountLimits, onChange }: ThreadComposerProps) {
  const [parts, setParts] = useState<ThreadPart[]>(() => partsOf(value));
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function update(next: ThreadPart[]) {
    setParts(next);
    const text = textOf(next);
    if (text !== textOf(parts)) onChange(text);
  }

  function move(from: number, to: number, focusSelector?: string) {
    const next = movePart(parts, from, to);
    const moved = parts[from];
    if (!moved || next[from]?.id === moved.id) return;
    update(next);
    const at = next.findIndex((p) => p.id === moved.id) + 1;
    setAnnouncement(`Part moved to position ${at} of ${next.length}.`);
    if (focusSelector) refocus(listRef.current, moved.id, focusSelector);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    move(
      parts.findIndex((p) => p.id === active.id),
      parts.findIndex((p) => p.id === over.id),
    );
  }

  function add() {
    const next = addPart(parts);
    update(next);
    const added = next.at(-1);
    if (added) refocus(listRef.current, added.id, 'textarea');
  }

  function remove(index: number) {
    const next = removePart(parts, index);
    update(next);
    setAnnouncement(`Part ${index + 1} removed.`);
    const neighbour = next[Math.min(index, next.length - 1)];
    if (neighbour) refocus(listRef.current, neighbour.id, 'textarea');
  }

  return (
    <div className="space-y-3">
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={parts.map((p) => p.id)} strategy={verticalListSortingStrategy}>
          <ol ref={listRef} aria-label="Thread parts" className="space-y-3">
            {parts.map((part, index) => (
              <ThreadPartCard
                key={part.id}
                part={part}
                index={index}
                total={parts.length}
                platforms={platforms}
                accountLimits={accountLimits}
                onChange={(text) => update(editPart(parts, index, text))}
                onMove={(to) => move(index, to, to < index ? '[data-move="up"]' : '[data-move="down"]')}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={add} disabled={!canAddPart(parts)}>
          Add a part
        </Button>
        {!canAddPart(parts) && (
          <span className="text-sm text-slate-600">A thread this long reads as spam: shorten it.</span>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
