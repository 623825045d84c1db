// The calendar's controls: the month shown (a heading, which names the grid), previous/next month,
// Today (which brings up the current month and focuses today's cell), adding an entry, and planning
// or re-planning the month.
import { Button } from '../../components/Button';
import { monthLabel, shiftMonth } from './calendarDates';
import type { PlanMode } from './PlanDialog';

interface CalendarToolbarProps {
  month: string;
  headingId: string;
  hasStrategy: boolean;
  /** The month has been planned (the server says so), so "Re-plan" is what the user may want. */
  planned: boolean;
  onMonth: (month: string) => void;
  /** Shows the current month and moves the focus to today. */
  onToday: () => void;
  onPlan: (mode: PlanMode) => void;
  onAdd: () => void;
}

function Arrow({ direction }: { direction: 'left' | 'right' }) {
  const d = direction === 'left' ? 'M12.5 4.5 7 10l5.5 5.5' : 'M7.5 4.5 13 10l-5.5 5.5';
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      className="size-4"
    >
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { month, headingId, hasStrategy, planned, onMonth, onToday, onPlan, onAdd } = props;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="flex items-center gap-1">
        <Button variant="secondary" className="px-2.5" onClick={() => onMonth(shiftMonth(month, -1))}>
          <Arrow direction="left" />
          <span className="sr-only">Previous month</span>
        </Button>
        <Button variant="secondary" className="px-2.5" onClick={() => onMonth(shiftMonth(month, 1))}>
          <Arrow direction="right" />
          <span className="sr-only">Next month</span>
        </Button>
        <Button variant="ghost" onClick={onToday}>
          Today
        </Button>
      </div>
      {/* Announced when it changes, so moving between months is heard without moving focus. */}
      <h2 id={headingId} aria-live="polite" className="min-w-44 text-xl font-semibold text-slate-900">
        {monthLabel(month)}
      </h2>
      <div className="flex flex-wrap gap-2 sm:ml-auto">
        <Button variant="secondary" onClick={onAdd}>
          Add entry
        </Button>
        {hasStrategy && planned && (
          <Button variant="secondary" onClick={() => onPlan('replan')}>
            Re-plan
          </Button>
        )}
        {hasStrategy && !planned && <Button onClick={() => onPlan('plan')}>Plan this month</Button>}
      </div>
    </div>
  );
}
