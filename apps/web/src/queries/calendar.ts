// TanStack Query hooks for the editorial calendar. Moves are optimistic (the entry jumps at once and
// jumps back if the server refuses); every other change writes the server's answer into the cache.
import type {
  CalendarEntry,
  CalendarMonthView,
  CreateCalendarEntry,
  PlanCalendar,
} from '@brandwright/contracts';
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  createEntry,
  deleteEntry,
  draftEntry,
  fetchCalendarMonth,
  planMonth,
  updateEntry,
} from '../api/calendar';

export const calendarKeys = {
  all: ['calendar'] as const,
  month: (month: string) => ['calendar', 'month', month] as const,
};

export function useCalendarMonth(month: string) {
  return useQuery({
    queryKey: calendarKeys.month(month),
    queryFn: ({ signal }) => fetchCalendarMonth(month, signal),
    // Keeps the month on screen (and focus on the button pressed) while the next one loads.
    placeholderData: keepPreviousData,
  });
}

function byDate(a: CalendarEntry, b: CalendarEntry): number {
  return a.date.localeCompare(b.date);
}

/** Puts `entry` into the cached month it belongs to now and removes it from any other month. */
function storeEntry(queryClient: QueryClient, entry: CalendarEntry): void {
  queryClient.setQueriesData<CalendarMonthView>({ queryKey: calendarKeys.all }, (view) => {
    if (!view) return view;
    const others = view.entries.filter((e) => e.id !== entry.id);
    const entries = entry.date.startsWith(view.month) ? [...others, entry].sort(byDate) : others;
    return { ...view, entries };
  });
}

function dropEntry(queryClient: QueryClient, id: string): void {
  queryClient.setQueriesData<CalendarMonthView>({ queryKey: calendarKeys.all }, (view) =>
    view ? { ...view, entries: view.entries.filter((e) => e.id !== id) } : view,
  );
}

interface MoveInput {
  entry: CalendarEntry;
  date: string;
}

/** Moves an entry to another day at once, then asks the server; rolls back on any failure. */
export function useMoveEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, date }: MoveInput) => updateEntry(entry.id, { date }, entry.version),
    onMutate: async ({ entry, date }: MoveInput) => {
      await queryClient.cancelQueries({ queryKey: calendarKeys.all });
      const snapshot = queryClient.getQueriesData<CalendarMonthView>({ queryKey: calendarKeys.all });
      storeEntry(queryClient, { ...entry, date, origin: 'user' });
      return { snapshot };
    },
    onError: (_error, _input, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      // A 412 means someone else changed it: fetch the current state so the next try can succeed.
      void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    },
    onSuccess: (saved) => storeEntry(queryClient, saved),
  });
}

/** Creates an entry (with the dialog's idempotency key) or saves an edit of `entry`. */
export function useSaveEntry(entry: CalendarEntry | null, idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: CreateCalendarEntry) =>
      entry ? updateEntry(entry.id, values, entry.version) : createEntry(values, idempotencyKey),
    onSuccess: (saved) => storeEntry(queryClient, saved),
    onError: () => void queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteEntry(id),
    onSuccess: (_, id) => dropEntry(queryClient, id),
  });
}

export function useDraftEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => draftEntry(id),
    onSuccess: (saved) => storeEntry(queryClient, saved),
  });
}

export function usePlanMonth() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanCalendar) => planMonth(input),
    onSuccess: (result) => {
      queryClient.setQueryData<CalendarMonthView>(calendarKeys.month(result.month), (view) =>
        view ? { ...view, planned: true, entries: result.entries } : view,
      );
      // The plan's time is the server's: fetch the month again for plannedAt.
      void queryClient.invalidateQueries({ queryKey: calendarKeys.month(result.month) });
    },
  });
}
