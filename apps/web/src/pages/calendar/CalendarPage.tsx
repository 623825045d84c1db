// `/calendar`: the editorial calendar. A month in the user's time zone (the month is kept in the URL),
// moving entries between days by drag and drop, planning the month from the strategy, entries
// added, edited, drafted and deleted in dialogs, and the month's scheduled and published posts.
import type { CalendarMonthView, Platform, StoredStrategy } from '@brandwright/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanOutcome } from '../../api/calendar';
import { Alert, LiveMessage } from '../../components/Alert';
import { ErrorState } from '../../components/ErrorState';
import { RecommendationsPanel } from '../../components/RecommendationsPanel';
import { deferredUse } from '../../components/recommendation-use';
import { PageLoader } from '../../components/Spinner';
import { useCurrentUser } from '../../layouts/AppLayout';
import { formatDateTime } from '../../lib/dates';
import { useSavedAnswers, useStrategy } from '../../queries/brand';
import { useCalendarMonth } from '../../queries/calendar';
import { EmptyBrandState } from '../brand/EmptyBrandState';
import { CalendarToolbar } from './CalendarToolbar';
import { dayLabel, isMonth, monthLabel, todayIn } from './calendarDates';
import { EntryDialog, type EntryDialogState } from './EntryDialog';
import { type GridCursor, MonthGrid } from './MonthGrid';
import { PillarLegend } from './PillarLegend';
import { PlanDialog, type PlanMode } from './PlanDialog';
import { useMonthSchedule } from './useMonthSchedule';
import { useMoveEntryFlow } from './useMoveEntryFlow';

const DEFAULT_POSTS_PER_WEEK = 3;
const MONTH_HEADING_ID = 'calendar-month';

function planMessage(outcome: PlanOutcome): string {
  if (!outcome.fresh)
    return `This month already has a plan, so nothing was added (${outcome.kept} entries kept). Use Re-plan to make a new one.`;
  const added = `Added ${outcome.created} ${outcome.created === 1 ? 'entry' : 'entries'} from your strategy`;
  return outcome.kept > 0 ? `${added}; kept ${outcome.kept} already there.` : `${added}.`;
}

/** The month shown: `?month=YYYY-MM`, or the current month in the user's time zone. */
function useMonthParam(profileZone: string) {
  const [params, setParams] = useSearchParams();
  // Until the month view answers, the profile's zone stands in for the one the server uses.
  const [zone, setZone] = useState(profileZone);
  const today = todayIn(zone);
  const requested = params.get('month');
  const month = isMonth(requested) ? requested : today.slice(0, 7);
  const goTo = (next: string) => setParams(next === today.slice(0, 7) ? {} : { month: next });
  return { zone, setZone, today, month, goTo };
}

export function CalendarPage() {
  const user = useCurrentUser();
  const { zone, setZone, today, month, goTo } = useMonthParam(user.profile.timezone);
  const view = useCalendarMonth(month);
  const strategy = useStrategy();
  const answers = useSavedAnswers();
  if (view.data && view.data.timezone !== zone) setZone(view.data.timezone);

  if (view.isPending || strategy.isPending) return <PageLoader label="Loading your calendar…" />;
  if (view.isError || strategy.isError) {
    const failed = view.isError ? view : strategy;
    return (
      <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
    );
  }
  const defaults = {
    postsPerWeek: answers.data?.answers.postsPerWeek ?? DEFAULT_POSTS_PER_WEEK,
    platforms: answers.data?.answers.platforms ?? (['linkedin'] as Platform[]),
  };
  return (
    <CalendarView
      month={month}
      view={view.data}
      strategy={strategy.data}
      today={today}
      defaults={defaults}
      loading={view.isPlaceholderData}
      onMonth={goTo}
    />
  );
}

interface CalendarViewProps {
  /** The month asked for; `view` may still be the previous one while it loads. */
  month: string;
  view: CalendarMonthView;
  strategy: StoredStrategy | null;
  today: string;
  defaults: { postsPerWeek: number; platforms: Platform[] };
  /** The month shown is the previous one while the requested one loads. */
  loading: boolean;
  onMonth: (month: string) => void;
}

function CalendarView({ month, view, strategy, today, defaults, loading, onMonth }: CalendarViewProps) {
  const { entries, timezone, planned, plannedAt } = view;
  const [dialog, setDialog] = useState<EntryDialogState>(null);
  const [planMode, setPlanMode] = useState<PlanMode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [cursor, setCursor] = useState<GridCursor | null>(null);
  const move = useMoveEntryFlow(setNotice);
  // "Add to calendar" counts as a use only once its entry is saved (the dialog settles it).
  const [recommendationUse] = useState(deferredUse);
  const schedule = useMonthSchedule(view.month, timezone, entries);
  const pillars = strategy?.strategy.contentPillars.map((p) => p.name) ?? [];
  // The dialog edits the entry as it is now in the cache (a draft or a move changes its version).
  const liveDialog: EntryDialogState =
    dialog?.mode === 'edit'
      ? { mode: 'edit', entry: entries.find((e) => e.id === dialog.entry.id) ?? dialog.entry }
      : dialog;
  const isCurrentMonth = month === today.slice(0, 7);
  const changeMonth = (next: string) => {
    setNotice(null);
    onMonth(next);
  };
  // The grid's focus goes to `day`; a day of another month brings that month up first.
  const moveCursor = (day: string, focus: boolean) => {
    setCursor({ day, focus });
    if (!day.startsWith(month)) changeMonth(day.slice(0, 7));
  };

  return (
    <div className="space-y-6" aria-busy={loading || undefined}>
      <title>{`Calendar · ${monthLabel(month)} · Brandwright`}</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Calendar</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Plan what to post and when. Days follow your time zone, {timezone.replaceAll('_', ' ')} (change it
          in Settings).
        </p>
      </div>
      {!strategy && (
        <EmptyBrandState
          title="Plan from your brand strategy"
          text="Brandwright fills your calendar from your content pillars once you have a strategy. You can still add entries yourself."
        />
      )}
      <CalendarToolbar
        month={month}
        headingId={MONTH_HEADING_ID}
        hasStrategy={strategy !== null}
        planned={planned}
        onMonth={changeMonth}
        onToday={() => moveCursor(today, true)}
        onPlan={setPlanMode}
        onAdd={() => setDialog({ mode: 'new', date: isCurrentMonth ? today : `${month}-01` })}
      />
      {planned && plannedAt && !loading && (
        <p className="text-sm text-slate-600">
          Planned from your strategy on <time dateTime={plannedAt}>{formatDateTime(plannedAt)}</time>.
        </p>
      )}
      {move.failure && <Alert tone="error">{move.failure}</Alert>}
      <LiveMessage tone="success" message={notice} />
      {strategy && !loading && !planned && entries.length === 0 && (
        <Alert tone="info" title={`Nothing planned for ${monthLabel(month)} yet`}>
          Use “Plan this month” to fill it from your strategy, or add entries with the + on any day.
        </Alert>
      )}
      <PillarLegend pillars={pillars} />
      <div className={loading ? 'opacity-50' : undefined}>
        <MonthGrid
          month={view.month}
          today={today}
          labelledBy={MONTH_HEADING_ID}
          cursor={cursor}
          onCursor={moveCursor}
          entries={entries}
          pillars={pillars}
          movingId={move.movingId}
          schedule={schedule}
          onEdit={(entry) => setDialog({ mode: 'edit', entry })}
          onAdd={(date) => setDialog({ mode: 'new', date })}
          onMove={move.moveEntry}
        />
      </div>
      {strategy && (
        <RecommendationsPanel
          useLabel="Add to calendar"
          onUse={(r) => {
            setDialog({
              mode: 'new',
              date: isCurrentMonth ? today : `${month}-01`,
              topic: r.topic,
              ...(r.pillar && pillars.includes(r.pillar) ? { pillar: r.pillar } : {}),
            });
            return recommendationUse.begin();
          }}
        />
      )}
      <EntryDialog
        state={liveDialog}
        pillars={pillars}
        defaultPlatforms={defaults.platforms}
        onClose={() => {
          recommendationUse.settle(false);
          setDialog(null);
        }}
        onSaved={(saved, created) => {
          recommendationUse.settle(created);
          setDialog(null);
          setNotice(`${created ? 'Added' : 'Saved'} “${saved.topic}” on ${dayLabel(saved.date)}.`);
        }}
        onDeleted={(date) => {
          setDialog(null);
          setNotice('Entry deleted.');
          // The entry and the button that opened the dialog are gone: continue from its day.
          setCursor({ day: date, focus: true });
        }}
      />
      <PlanDialog
        mode={planMode}
        month={month}
        defaults={defaults}
        onClose={() => setPlanMode(null)}
        onPlanned={(outcome) => {
          setPlanMode(null);
          setNotice(planMessage(outcome));
        }}
      />
    </div>
  );
}
