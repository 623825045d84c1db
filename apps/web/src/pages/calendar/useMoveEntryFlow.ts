// Moving an entry from the grid: the optimistic move, the message that follows it (or the error
// after a rollback), and focus, which would otherwise be lost because the moved card is re-created
// in its new day cell.
import type { CalendarEntry } from '@brandwright/contracts';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../components/ErrorState';
import { useMoveEntry } from '../../queries/calendar';
import { dayLabel } from './calendarDates';

export function useMoveEntryFlow(onNotice: (message: string | null) => void) {
  const move = useMoveEntry();
  const [failure, setFailure] = useState<string | null>(null);
  const [refocusId, setRefocusId] = useState<string | null>(null);
  const focused = useRef<HTMLElement | null>(null);

  // After each render that re-created the card (in its new cell, or back in its old one after a
  // rollback), its handle takes focus once; other renders leave focus alone.
  useEffect(() => {
    if (!refocusId) {
      focused.current = null;
      return;
    }
    const handle = document.querySelector<HTMLElement>(`[data-move-handle="${refocusId}"]`);
    if (handle && handle !== focused.current) {
      focused.current = handle;
      handle.focus();
    }
  });

  function moveEntry(entry: CalendarEntry, date: string) {
    setFailure(null);
    onNotice(null);
    setRefocusId(entry.id);
    move.mutate(
      { entry, date },
      {
        onSuccess: (saved) => onNotice(`Moved “${saved.topic}” to ${dayLabel(saved.date)}.`),
        onError: (error) =>
          setFailure(`The entry was not moved and is back where it was. ${describeError(error)}`),
        // After the render that settles the cache (a rollback re-creates the card once more).
        onSettled: () => requestAnimationFrame(() => setRefocusId(null)),
      },
    );
  }

  return {
    moveEntry,
    failure,
    movingId: move.isPending ? move.variables.entry.id : null,
  };
}
