// Keyboard moves for the calendar's drag and drop: instead of nudging the entry by pixels, each arrow
// key puts it on the next day's cell (left/right: a day, up/down: a week). Days outside the month
// shown have no cell, so the entry stays where it is at the month's edges.
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { addDays } from './calendarDates';

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 7, ArrowUp: -7 };

export const dayKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = STEPS[event.code];
  if (step === undefined || !context.active) return undefined;
  event.preventDefault();
  const entry = (context.active.data.current as { entry?: { date: string } } | undefined)?.entry;
  const from = context.over ? String(context.over.id) : entry?.date;
  if (!from) return currentCoordinates;
  const target = context.droppableRects.get(addDays(from, step));
  if (!target) return currentCoordinates;
  // Top-left of the entry at the top-left of the target cell (below its heading): that cell then
  // has the largest overlap, which is what the default collision detection picks.
  return { x: target.left + 4, y: target.top + 32 };
};
